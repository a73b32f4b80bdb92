import { sql } from 'drizzle-orm';
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
      try {
        await app.ctx.db.execute(sql`select 1`);
      } catch (error) {
        throw new AppError('service.unavailable', { cause: error });
      }
      return { status: 'ok' as const };
    },
  );
};

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
