import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { metaResponseSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { AppError } from '../shared/errors';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['health'],
        summary: 'Liveness and database check',
        response: { 200: z.object({ status: z.literal('ok') }), 503: errorBodySchema },
      },
    },
    async () => {
      await ensureDatabaseAnswers(app);
      return { status: 'ok' as const };
    },
  );

  app.get(
    '/ready',
    {
      schema: {
        tags: ['health'],
        summary:
          'Readiness for a load balancer: the database answers and the process is not shutting down',
        response: { 200: z.object({ status: z.literal('ready') }), 503: errorBodySchema },
      },
    },
    async () => {
      if (app.lifecycle.draining) {
        throw new AppError('service.unavailable');
      }
      await ensureDatabaseAnswers(app);
      return { status: 'ready' as const };
    },
  );
};

/** @throws service.unavailable when the database does not answer */
async function ensureDatabaseAnswers(app: FastifyInstance) {
  try {
    await app.ctx.db.execute(sql`select 1`);
  } catch (error) {
    throw new AppError('service.unavailable', { cause: error });
  }
}

/** `/api/meta`: the city's name and which development aids are on, for the web app. */
export const metaRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '',
    {
      schema: {
        tags: ['health'],
        summary: 'About this installation',
        response: { 200: metaResponseSchema },
      },
    },
    async () => ({
      cityName: app.ctx.config.cityName,
      environment: app.ctx.config.env,
      devMailbox: app.ctx.config.devMailbox,
    }),
  );
};
