import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { proposalResponseSchema } from '@kyoso/contracts/proposals';
import { transitionBodySchema } from '@kyoso/contracts/transitions';
import { actorOf } from '../../plugins/auth';
import { idempotencyRequest } from '../idempotency/idempotency.service';
import { showCase } from '../proposals/proposals.service';
import { transitionProposal } from './workflow.service';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

/** `POST /api/proposals/:id/transitions`: a workflow action, carried out by the workflow table. */
export const workflowRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/:id/transitions',
    {
      onRequest: app.requireUser,
      schema: {
        tags: ['proposals'],
        summary: 'Take a workflow action (submit, route, decline, …)',
        params: idParamsSchema,
        body: transitionBodySchema,
        response: { 200: proposalResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const access = await transitionProposal({
        ctx: app.ctx,
        actor,
        proposalId: request.params.id,
        input: request.body,
        language: request.language,
        idempotency: idempotencyRequest({
          header: request.headers['idempotency-key'],
          userId: actor.id,
          scope: `POST /api/proposals/${request.params.id}/transitions`,
          body: request.body,
        }),
      });
      return { proposal: await showCase(app.ctx, actor, access) };
    },
  );
};
