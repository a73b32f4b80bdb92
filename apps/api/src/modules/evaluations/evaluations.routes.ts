import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import {
  evaluationCommentBodySchema,
  evaluationInputSchema,
  evaluationResponseSchema,
  evaluationVersionsResponseSchema,
  sroiInputSchema,
  sroiResultSchema,
} from '@kyoso/contracts/evaluations';
import { computeSroi } from '@kyoso/impact/sroi';
import { actorOf } from '../../plugins/auth';
import {
  commentOnEvaluation,
  getEvaluation,
  listEvaluationVersions,
  recordEvaluation,
} from './evaluations.service';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

/** `/api/proposals/:id/evaluation`: the STEP 6 evaluation. */
export const evaluationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['evaluations'];
  const onRequest = app.requireUser;
  const base = (
    request: { params: { id: string }; ip: string } & Parameters<typeof actorOf>[0],
  ) => ({
    ctx: app.ctx,
    actor: actorOf(request),
    proposalId: request.params.id,
    ip: request.ip,
  });

  app.get(
    '/:id/evaluation',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The evaluation',
        params: idParamsSchema,
        response: { 200: evaluationResponseSchema, ...errors },
      },
    },
    async (request) => getEvaluation(base(request)),
  );

  app.put(
    '/:id/evaluation',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'Record a new version of the evaluation (the lead department), with the SROI computed from its inputs',
        params: idParamsSchema,
        body: evaluationInputSchema,
        response: { 200: evaluationResponseSchema, ...errors },
      },
    },
    async (request) => recordEvaluation({ ...base(request), input: request.body }),
  );

  app.get(
    '/:id/evaluation/versions',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Every version of the evaluation, newest first (city staff)',
        params: idParamsSchema,
        response: { 200: evaluationVersionsResponseSchema, ...errors },
      },
    },
    async (request) => ({ versions: await listEvaluationVersions(base(request)) }),
  );

  app.post(
    '/:id/evaluation/comment',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The proposer’s comment on the evaluation',
        params: idParamsSchema,
        body: evaluationCommentBodySchema,
        response: { 200: evaluationResponseSchema, ...errors },
      },
    },
    async (request) => commentOnEvaluation({ ...base(request), comment: request.body.comment }),
  );
};

/** `POST /api/sroi`: the SROI calculator, for anyone (pure; nothing is stored). */
export const sroiRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/',
    {
      schema: {
        tags: ['evaluations'],
        summary:
          'Compute a social return on investment: present value, net present value, ratio and the value of each year (rates are fractions 0–1; yen keep two decimals)',
        body: sroiInputSchema,
        response: { 200: sroiResultSchema, 400: errorBodySchema },
      },
    },
    async (request) => computeSroi(request.body),
  );
};
