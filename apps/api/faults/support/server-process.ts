/**
 * The real kyoso server in a child process (`src/server.ts` through tsx), on a random port, with
 * its own database, for the fault suite: it can be killed, stopped and started again, and every
 * line it logs is kept so that a test can look for crashes.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const API_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The secret every process of a test shares, so that a session is valid on each of them. */
export const FAULTS_JWT_SECRET = 'fault-suite-secret-long-enough-0123456789abcdef';

export type LogLine = { level?: number; msg?: string; err?: { message?: string }; raw: string };

export type ServerExit = { code: number | null; signal: NodeJS.Signals | null };

export type ServerProcess = {
  url: string;
  pid: number;
  child: ChildProcess;
  logs: LogLine[];
  /** Resolves when the process has exited. */
  exited: Promise<ServerExit>;
  /** Sends a signal and waits for the process to exit. */
  stop: (signal?: NodeJS.Signals) => Promise<ServerExit>;
  /** Lines logged at level error or fatal, and any line that is not JSON (a crash's stack). */
  errors: () => LogLine[];
};

/** The environment a fault-suite server runs with; `env` adds or overrides. */
export function serverEnv(env: Record<string, string>): Record<string, string> {
  return {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    PUBLIC_URL: 'http://kyoso.test',
    JWT_SECRET: FAULTS_JWT_SECRET,
    PASSWORD_HASH_COST: '12',
    OUTBOX_POLL_MS: '200',
    SEED_DEMO_DATA: 'false',
    ...env,
  };
}

/**
 * Starts a server and waits until it listens.
 * @throws when the process exits or does not listen within `timeoutMs`
 */
export async function startServer(
  env: Record<string, string>,
  options: { timeoutMs?: number } = {},
): Promise<ServerProcess> {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !/^(DATABASE_URL|TEST_DATABASE_URL|SMTP_URL|S3_|DATA_DIR|PORT|HOST|NODE_ENV)/.test(key),
    ),
  );
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: API_ROOT,
    env: { ...inherited, ...serverEnv(env) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: LogLine[] = [];
  const exited = new Promise<ServerExit>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  let onListening: ((url: string) => void) | undefined;
  const listening = new Promise<string>((resolve) => {
    onListening = resolve;
  });
  function collect(stream: NodeJS.ReadableStream) {
    let buffer = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      buffer += chunk;
      let end = buffer.indexOf('\n');
      while (end >= 0) {
        const raw = buffer.slice(0, end);
        buffer = buffer.slice(end + 1);
        end = buffer.indexOf('\n');
        if (raw.trim() === '') {
          continue;
        }
        let line: LogLine;
        try {
          line = { ...(JSON.parse(raw) as Omit<LogLine, 'raw'>), raw };
        } catch {
          line = { raw };
        }
        logs.push(line);
        const match = line.msg?.match(/^Server listening at (http:\/\/[^\s]+)/);
        if (match) {
          onListening?.(match[1]!);
        }
      }
    });
  }
  collect(child.stdout);
  collect(child.stderr);

  const timeoutMs = options.timeoutMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  const url = await Promise.race([
    listening,
    exited.then((exit) => {
      throw new Error(
        `the server exited before listening (${JSON.stringify(exit)}):\n${logs.map((l) => l.raw).join('\n')}`,
      );
    }),
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`the server did not listen within ${timeoutMs} ms`));
      }, timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));

  return {
    url,
    pid: child.pid!,
    child,
    logs,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
      }
      return exited;
    },
    errors: () => logs.filter((l) => l.level === undefined || l.level >= 50),
  };
}
