import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@kyoso/contracts/common';
import {
  decisionInputSchema,
  decisionResponseSchema,
  decisionVersionsResponseSchema,
} from '@kyoso/contracts/decisions';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { actorOf } from '../../plugins/auth';
import { getDecision, listDecisionVersions, recordDecision } from './decisions.service';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

/** `/api/proposals/:id/decision`: the STEP 4 decision on the city's published criteria. */
export const decisionsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['decisions'];
  const onRequest = app.requireUser;

  app.get(
    '/:id/decision',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'The decision as the caller may read it (the proposer: once acted on, without internal notes), and the budget calendar guide for the lead department',
        params: idParamsSchema,
        response: { 200: decisionResponseSchema, ...errors },
      },
    },
    async (request) =>
      getDecision({ ctx: app.ctx, actor: actorOf(request), proposalId: request.params.id }),
  );

  app.put(
    '/:id/decision',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'Record a new version of the decision (lead department, under review or on hold); carry it out with adopt, hold or decline',
        params: idParamsSchema,
        body: decisionInputSchema,
        response: { 200: decisionResponseSchema, ...errors },
      },
    },
    async (request) =>
      recordDecision({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
        input: request.body,
        ip: request.ip,
      }),
  );

  app.get(
    '/:id/decision/versions',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Every version of the decision, newest first (city staff)',
        params: idParamsSchema,
        response: { 200: decisionVersionsResponseSchema, ...errors },
      },
    },
    async (request) => ({
      versions: await listDecisionVersions({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
      }),
    }),
  );
};
