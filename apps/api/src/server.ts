/**
 * Runs kyoso: configuration, database (PGlite by default, PostgreSQL with DATABASE_URL),
 * migrations, demo data in development, the API and the web app on one port, the outbox worker,
 * and a graceful shutdown: on SIGTERM it drains (not ready, still serving), then answers every
 * request in flight and finishes the mails being sent before it closes the database and exits.
 */
import closeWithGrace from 'close-with-grace';
import { buildApp, clockOf } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './db/client';
import { DataDirLockedError } from './db/data-dir-lock';
import { runMigrations } from './db/migrate';
import { DEFAULT_NDA_BODY, DEFAULT_NDA_TITLE } from './modules/ndas/default-template';
import { ensureNdaTemplate } from './modules/ndas/ndas.repository';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoData } from './seed/demo-data';

/**
 * What `npm start` (scripts/start.mjs) hands over when it runs this server: its build of the web
 * app, still running while the server loads, opens its database and seeds the demo city (the app
 * is built once it is done, so that it finds the pages), and a call once the server listens.
 */
type NpmStartHandover = { webBuilt: Promise<void>; listening: () => void };

async function main() {
  const handover = (globalThis as Record<symbol, unknown>)[Symbol.for('kyoso.start')] as
    NpmStartHandover | undefined;
  const config = loadConfig();
  const database = await openDatabase(config);
  await runMigrations(database);
  await ensureNdaTemplate(database.db, { title: DEFAULT_NDA_TITLE, body: DEFAULT_NDA_BODY });
  // Before the app exists: its outbox worker never sees the seeding's e-mails (deleted by it).
  const seeded =
    config.seedDemoData && (await seedDemoData({ db: database.db, config, now: clockOf(config) }));
  await handover?.webBuilt.catch(async (error: unknown) => {
    await database.close();
    throw error;
  });

  const app = await buildApp({
    config,
    database,
    startOutboxWorker: true,
    startScheduler: true,
    logger: {
      level: config.logLevel,
      ...(process.stdout.isTTY && !config.isProduction
        ? {
            transport: {
              target: 'pino-pretty',
              options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' },
            },
          }
        : {}),
    },
  });

  if (seeded) {
    app.log.info('demo data created (development only)');
  }

  const { drainMs, timeoutMs } = config.shutdown;
  closeWithGrace(
    {
      delay: drainMs + timeoutMs,
      logger: { error: (message: unknown) => app.log.error(message) },
    },
    async ({ err, signal }) => {
      if (err) {
        app.log.error({ err }, 'shutting down after an error');
      } else {
        app.log.info({ signal, drainMs }, 'shutting down');
        // Still serving, but no longer ready: the load balancer stops sending new requests.
        app.lifecycle.drain();
        await new Promise((resolve) => setTimeout(resolve, drainMs));
      }
      // Stops listening and waits for every request in flight to be answered (and for the mails
      // being sent); then the database, once its queued statements have run.
      await app.close();
      await database.close();
    },
  );

  await app.listen({ port: config.port, host: config.host });
  handover?.listening();
  const engine = database.engine === 'pglite' ? `PGlite in ${config.dataDir}` : 'PostgreSQL';
  app.log.info(`kyoso is running at ${config.publicUrl} (database: ${engine})`);
  if (config.devMailbox) {
    app.log.info(`development mailbox: ${config.publicUrl}/dev/mail`);
  }
  if (config.seedDemoData) {
    app.log.info(
      `demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => a.email).join(', ')}`,
    );
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    process.stderr.write(`\nkyoso cannot start.\n${error.message}\n\n`);
  } else {
    process.stderr.write(
      `\nkyoso failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
