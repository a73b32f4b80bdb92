/**
 * The bare baseline of `npm run bench`: a minimal Fastify + pg server that runs, for each hot
 * read, the very query the application runs for it (captured from the application by
 * bench/server.ts, text and parameters) on the same database, and answers its rows as JSON. No
 * session, no validation, no presenter, no hooks: what the read costs when nothing else does.
 *
 * Reads one JSON line from stdin ({ databaseUrl, poolSize, queries }), prints { port } when ready.
 */
import Fastify from 'fastify';
import pg from 'pg';

/** A query as the application sent it to PostgreSQL. */
export type CapturedQuery = { name?: string; text: string; values: unknown[] };

type Setup = {
  databaseUrl: string;
  poolSize: number;
  /** One query per hot read, served at GET /bare/<name>. */
  queries: Record<string, CapturedQuery>;
};

async function readSetup(): Promise<Setup> {
  let input = '';
  for await (const chunk of process.stdin) {
    input += String(chunk);
    if (input.includes('\n')) {
      break;
    }
  }
  return JSON.parse(input) as Setup;
}

async function main() {
  const setup = await readSetup();
  const pool = new pg.Pool({ connectionString: setup.databaseUrl, max: setup.poolSize });
  const app = Fastify({ logger: false });
  for (const [name, query] of Object.entries(setup.queries)) {
    // The same statement name as the application's when it prepares it: planned once per
    // connection on both sides.
    const config = query.name
      ? { name: `b_${query.name}`.slice(0, 63), text: query.text, values: query.values }
      : { text: query.text, values: query.values };
    app.get(`/bare/${name}`, async () => (await pool.query(config)).rows as unknown[]);
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(
    `${JSON.stringify({ port: (app.server.address() as { port: number }).port })}\n`,
  );
  process.on('SIGTERM', () => {
    void app
      .close()
      .then(() => pool.end())
      .finally(() => process.exit(0));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
