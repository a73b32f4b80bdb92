import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
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
