import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { accessLogResponseSchema } from '@kyoso/contracts/collaboration';
import { idParamsSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { actorOf } from '../../plugins/auth';
import { getAccessLog } from './access-log.service';

/** `/api/proposals/:id/access-log`: who in the city saw the confidential content. */
export const accessLogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id/access-log',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['proposals'],
        summary: 'Views and downloads of confidential content by city staff',
        params: idParamsSchema,
        response: {
          200: accessLogResponseSchema,
          401: errorBodySchema,
          403: errorBodySchema,
          404: errorBodySchema,
        },
      },
    },
    async (request) => ({
      entries: await getAccessLog({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
      }),
    }),
  );
};
