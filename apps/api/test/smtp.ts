import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SmtpMode = 'accept' | 'tempfail' | 'permfail';

/**
 * A real SMTP server in the test process (the `smtp-server` package). It records what it accepts
 * and can be told to answer 451 (try later) or 550 (refused), or to take its time. `down()` stops
 * listening (connections are refused) and `up()` listens again on the same port.
 */
export async function startSmtpServer(options: { port?: number } = {}) {
  const received: ParsedMail[] = [];
  const state = { mode: 'accept' as SmtpMode, delayMs: 0, attempts: 0 };

  function createServer() {
    return new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 100,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          state.attempts += 1;
          const finish = () => {
            if (state.mode === 'tempfail') {
              callback(
                Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }),
              );
              return;
            }
            if (state.mode === 'permfail') {
              callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
              return;
            }
            simpleParser(Buffer.concat(chunks))
              .then((mail) => {
                received.push(mail);
                callback();
              })
              .catch(callback);
          };
          if (state.delayMs > 0) {
            setTimeout(finish, state.delayMs);
          } else {
            finish();
          }
        });
      },
    });
  }

  async function listen(port: number) {
    const created = createServer();
    await new Promise<void>((resolve) => created.listen(port, '127.0.0.1', resolve));
    return created;
  }

  let server: SMTPServer | null = await listen(options.port ?? 0);
  const { port } = server.server.address() as AddressInfo;
  const close = async () => {
    const closing = server;
    server = null;
    if (closing) {
      await new Promise<void>((resolve) => closing.close(() => resolve()));
    }
  };
  return {
    url: `smtp://127.0.0.1:${port}`,
    port,
    received,
    state,
    close,
    /** Stops listening: new connections are refused until `up()`. */
    down: close,
    /** Listens again on the same port. */
    async up() {
      server ??= await listen(port);
    },
  };
}
