/**
 * `buildApp()` assembles the application: plugins, then the modules (one explicit list), then
 * the error and not-found handlers. `server.ts` runs it; tests build it and call `app.inject`.
 */
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './app-context';
import { createAppCaches } from './caches';
import { createCases } from './case-plugins';
import { translator } from '@kyoso/i18n/core';
import { errorMessages } from '@kyoso/i18n/catalogues/errors';
import { loadAllCatalogues } from '@kyoso/i18n/server';
import type { Config } from './config';
import type { DatabaseHandle } from './db/client';
import { accessLogRoutes } from './modules/access-log/access-log.routes';
import { agreementsRoutes } from './modules/agreements/agreements.routes';
import { attachmentsRoutes } from './modules/attachments/attachments.routes';
import { storageFromConfig, type ObjectStorage } from './modules/attachments/storage';
import { authRoutes, type AuthRoutesOptions } from './modules/auth/auth.routes';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { departmentsRoutes } from './modules/departments/departments.routes';
import { devMailRoutes } from './modules/notifications/dev-mail.routes';
import { decisionsRoutes } from './modules/decisions/decisions.routes';
import { dialoguesRoutes } from './modules/dialogues/dialogues.routes';
import { healthRoutes, metaRoutes } from './modules/health/health.routes';
import { createScheduler, type Scheduler } from './modules/jobs/scheduler';
import { evaluationsRoutes, sroiRoutes } from './modules/evaluations/evaluations.routes';
import { kpisRoutes } from './modules/kpis/kpis.routes';
import { messagesRoutes } from './modules/messages/messages.routes';
import { ndasRoutes, ndaTemplatesRoutes } from './modules/ndas/ndas.routes';
import { notesRoutes } from './modules/notes/notes.routes';
import {
  createDevMailboxTransport,
  createSmtpTransport,
  type MailTransport,
} from './modules/notifications/mail-transport';
import { createOutboxWorker, type OutboxWorker } from './modules/notifications/outbox.worker';
import { organizationsRoutes } from './modules/organizations/organizations.routes';
import { proposalsRoutes } from './modules/proposals/proposals.routes';
import { openDataRoutes, publicResultsRoutes } from './modules/results/results.routes';
import { routingReportRoutes, routingSuggestionsRoutes } from './modules/routing/routing.routes';
import { countSubmittedProposalsOnTheme } from './modules/proposals/proposals.repository';
import { themesRoutes } from './modules/themes/themes.routes';
import { workflowRoutes } from './modules/workflow/workflow.routes';
import { departmentAdminRoutes } from './modules/department-admin/department-admin.routes';
import { auditLogRoutes } from './modules/audit-log/audit-log.routes';
import { accountsRoutes } from './modules/accounts/accounts.routes';
import authPlugin from './plugins/auth';
import contextPlugin from './plugins/context';
import errorsPlugin, {
  createClientErrorHandler,
  createFrameworkErrorHandler,
} from './plugins/errors';
import lifecyclePlugin from './plugins/lifecycle';
import openapiPlugin from './plugins/openapi';
import securityHeadersPlugin, {
  apiSecurityHeaders,
  securityHeaders,
} from './plugins/security-headers';
import webPlugin, { findWebRoot, isPageRequest } from './plugins/web';
import zodPlugin from './plugins/zod';

export type BuildAppOptions = {
  config: Config;
  database: DatabaseHandle;
  /** The clock; tests pin it to exercise calendar rules. */
  now?: () => Date;
  logger?: FastifyServerOptions['logger'];
  /** Replaces the transport chosen from the config (tests). */
  mailTransport?: MailTransport;
  /** Run the outbox worker in this process (the server does; most tests drive it by hand). */
  startOutboxWorker?: boolean;
  /** Run the daily jobs (the coordinators' digest) in this process (the server does). */
  startScheduler?: boolean;
  outboxWorker?: { baseDelayMs?: number; maxAttempts?: number };
  authRateLimit?: AuthRoutesOptions['rateLimit'];
  /** The built web app to serve; `null` serves none; by default `apps/web/dist` when built. */
  webRoot?: string | null;
  bodyLimit?: number;
  /** Replaces the attachment storage chosen from the config (tests). */
  storage?: ObjectStorage;
  /**
   * Also encode every answer with zod and fail when the compiled serialiser wrote other JSON
   * (`plugins/zod.ts`), and build the inbox's statements again to compare them with the prepared
   * ones; by default everywhere but in production. The benchmark turns it off.
   */
  verifySerializers?: boolean;
};

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges interfaces
  interface FastifyInstance {
    outbox: OutboxWorker;
    scheduler: Scheduler;
  }
}

/** The application's clock: the configured fixed time (FIXED_NOW), else the real one. */
export function clockOf(config: Pick<Config, 'fixedNow'>): () => Date {
  const fixed = config.fixedNow;
  return fixed ? () => new Date(fixed.getTime()) : () => new Date();
}

export async function buildApp(options: BuildAppOptions): Promise<FastifyInstance> {
  const { config, database } = options;
  // Every e-mail and answer is written synchronously from the catalogue: load it first.
  await loadAllCatalogues();
  const headers = { page: securityHeaders(config), api: apiSecurityHeaders(config) };
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel },
    trustProxy: config.trustProxy,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    requestIdHeader: 'x-request-id',
    genReqId: () => crypto.randomUUID(),
    // While closing, requests that arrive on open connections are still served (the database is
    // closed only once every connection is), rather than answered with Fastify's bare 503.
    return503OnClosing: false,
    routerOptions: { maxParamLength: 200, ignoreTrailingSlash: true },
    // Answers written outside the request pipeline get the same headers and error shape.
    frameworkErrors: createFrameworkErrorHandler(headers.api),
    clientErrorHandler: createClientErrorHandler(headers.api),
  }).withTypeProvider<ZodTypeProvider>();

  const transport =
    options.mailTransport ??
    (config.smtpUrl ? createSmtpTransport(config.smtpUrl) : createDevMailboxTransport());
  const outbox = createOutboxWorker({
    db: database.db,
    transport,
    from: config.mailFrom,
    logger: app.log,
    pollMs: config.outboxPollMs,
    ...options.outboxWorker,
  });
  app.decorate('outbox', outbox);

  const storage = options.storage ?? storageFromConfig(config);

  const cases = createCases();

  const ctx: AppContext = {
    db: database.db,
    engine: database.engine,
    config,
    logger: app.log,
    now: options.now ?? clockOf(config),
    wakeOutbox: () => outbox.wake(),
    cases,
    caches: createAppCaches(database.changes),
    verifyFastPaths: options.verifySerializers ?? !config.isProduction,
  };

  const scheduler = createScheduler({ ctx, logger: app.log });
  app.decorate('scheduler', scheduler);

  await app.register(contextPlugin, { ctx });
  await app.register(lifecyclePlugin);
  await app.register(zodPlugin, {
    verifySerializers: options.verifySerializers ?? !config.isProduction,
  });
  await app.register(errorsPlugin);
  await app.register(securityHeadersPlugin, { headers });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(authPlugin);
  await app.register(openapiPlugin);

  // Modules, explicitly.
  await app.register(healthRoutes, { prefix: '/api/health' });
  await app.register(metaRoutes, { prefix: '/api/meta' });
  const { login: loginLimit, email: emailLimit } = config.rateLimits;
  await app.register(authRoutes, {
    prefix: '/api/auth',
    rateLimit: options.authRateLimit ?? {
      max: emailLimit.max,
      timeWindow: emailLimit.windowMinutes * 60_000,
    },
    loginRateLimit: { max: loginLimit.max, timeWindow: loginLimit.windowMinutes * 60_000 },
  });
  await app.register(organizationsRoutes, { prefix: '/api/organizations' });
  await app.register(departmentsRoutes, { prefix: '/api/departments' });
  await app.register(proposalsRoutes, { prefix: '/api/proposals' });
  await app.register(workflowRoutes, { prefix: '/api/proposals' });
  await app.register(attachmentsRoutes, { prefix: '/api/proposals', storage });
  await app.register(messagesRoutes, { prefix: '/api/proposals', storage });
  await app.register(notesRoutes, { prefix: '/api/proposals' });
  await app.register(dialoguesRoutes, { prefix: '/api/proposals' });
  await app.register(ndasRoutes, { prefix: '/api/proposals' });
  await app.register(decisionsRoutes, { prefix: '/api/proposals' });
  await app.register(agreementsRoutes, { prefix: '/api/proposals', storage });
  await app.register(kpisRoutes, { prefix: '/api/proposals', storage });
  await app.register(evaluationsRoutes, { prefix: '/api/proposals' });
  await app.register(sroiRoutes, { prefix: '/api/sroi' });
  await app.register(publicResultsRoutes, { prefix: '/api/public' });
  await app.register(openDataRoutes, { prefix: '/api/open-data' });
  await app.register(accessLogRoutes, { prefix: '/api/proposals' });
  await app.register(routingSuggestionsRoutes, { prefix: '/api/proposals' });
  await app.register(routingReportRoutes, { prefix: '/api/routing' });
  await app.register(ndaTemplatesRoutes, { prefix: '/api/nda-templates' });
  await app.register(themesRoutes, {
    prefix: '/api/themes',
    countProposals: countSubmittedProposalsOnTheme,
  });
  await app.register(calendarRoutes, { prefix: '/api/calendar' });
  await app.register(accountsRoutes, { prefix: '/api/admin/users' });
  await app.register(auditLogRoutes, { prefix: '/api/admin/audit' });
  await app.register(departmentAdminRoutes, { prefix: '/api/admin/departments' });
  if (config.devMailbox) {
    await app.register(devMailRoutes, { prefix: '/api/dev/mail' });
  }

  const webRoot = options.webRoot === undefined ? findWebRoot() : options.webRoot;
  if (webRoot) {
    await app.register(webPlugin, { root: webRoot });
  }

  app.setNotFoundHandler((request, reply) => {
    // The web plugin answers pages before routing; this is for one that came to no page yet
    // (the web app was being rebuilt when the server started).
    if (app.sendWebPage && isPageRequest(request.method, request.url)) {
      return app.sendWebPage(request, reply);
    }
    const code = 'request.not_found' as const;
    return reply
      .status(404)
      .send({ error: { code, message: translator(errorMessages, request.language)(code) } });
  });

  app.addHook('onClose', async () => {
    scheduler.stop();
    await outbox.stop();
    transport.close();
  });
  if (options.startOutboxWorker) {
    app.addHook('onReady', async () => outbox.start());
  }
  if (options.startScheduler) {
    app.addHook('onReady', async () => scheduler.start());
  }
  return app;
}
