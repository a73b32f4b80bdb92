import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import {
  routingReportResponseSchema,
  routingSuggestionsResponseSchema,
} from '@kyoso/contracts/routing';
import { actorOf } from '../../plugins/auth';
import { getRoutingReport, getRoutingSuggestions } from './routing.service';

const errors = { 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

/** `/api/proposals/:id/routing-suggestions`: departments that fit a proposal (the desk). */
export const routingSuggestionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/:id/routing-suggestions',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['routing'],
        summary: 'Suggested departments, with the words that matched (coordinator)',
        params: idParamsSchema,
        response: { 200: routingSuggestionsResponseSchema, ...errors },
      },
    },
    async (request) => ({
      suggestions: await getRoutingSuggestions({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
      }),
    }),
  );
};

/** `/api/routing/report`: hand-offs per department (coordinator). */
export const routingReportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/report',
    {
      onRequest: app.requireRole('coordinator'),
      schema: {
        tags: ['routing'],
        summary: 'Routing per department: made lead, accepted, returned, waiting, days to accept',
        response: { 200: routingReportResponseSchema, ...errors },
      },
    },
    async (request) => getRoutingReport({ ctx: app.ctx, actor: actorOf(request) }),
  );
};
