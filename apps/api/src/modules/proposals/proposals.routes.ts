import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import {
  createProposalBodySchema,
  proposalEventsResponseSchema,
  proposalExportQuerySchema,
  proposalListQuerySchema,
  proposalListResponseSchema,
  proposalResponseSchema,
  similarResponseSchema,
  updateProposalBodySchema,
} from '@kyoso/contracts/proposals';
import { actorOf } from '../../plugins/auth';
import type { Actor } from '../users/actor';
import { contentDisposition } from '../shared/http';
import { idempotencyRequest } from '../idempotency/idempotency.service';

import type { CaseAccess } from './proposals.case';
import {
  createDraft,
  listSimilar,
  resubmitProposal,
  continueAsFreeProposal,
  exportInbox,
  getProposal,
  getProposalEvents,
  listProposals,
  showCase,
  setFirstCheckAssignee,
  updateDraft,
} from './proposals.service';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

export const proposalsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['proposals'];
  const onRequest = app.requireUser;
  /** Every answer that shows a proposal: city staff shown confidential sections are logged. */
  const show = async (actor: Actor, access: CaseAccess) => ({
    proposal: await showCase(app.ctx, actor, access),
  });

  app.get(
    '',
    {
      onRequest,
      schema: {
        tags,
        summary: 'My organisation’s proposals (scope=mine) or the city’s inbox (scope=inbox)',
        querystring: proposalListQuerySchema,
        response: { 200: proposalListResponseSchema, ...errors },
      },
    },
    async (request) =>
      listProposals({ ctx: app.ctx, actor: actorOf(request), query: request.query }),
  );

  app.get(
    '/export.csv',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The inbox with the same filters, as CSV for Excel (city staff)',
        querystring: proposalExportQuerySchema,
      },
    },
    async (request, reply) => {
      const { csv, fileName } = await exportInbox({
        ctx: app.ctx,
        actor: actorOf(request),
        query: request.query,
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', contentDisposition(fileName))
        .header('Cache-Control', 'private, no-store')
        .send(csv);
    },
  );

  app.post(
    '',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Start a draft (theme-based or free)',
        body: createProposalBodySchema,
        response: { 201: proposalResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const access = await createDraft({
        ctx: app.ctx,
        actor,
        input: request.body,
        idempotency: idempotencyRequest({
          header: request.headers['idempotency-key'],
          userId: actor.id,
          scope: 'POST /api/proposals',
          body: request.body,
        }),
      });
      return reply.status(201).send({ proposal: await showCase(app.ctx, actor, access) });
    },
  );

  app.get(
    '/:id/similar',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'Proposals like this one (duplicate radar): shared words, same theme, same organisation (city staff in charge)',
        params: idParamsSchema,
        response: { 200: similarResponseSchema, ...errors },
      },
    },
    async (request) => ({
      similar: await listSimilar({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
      }),
    }),
  );

  app.post(
    '/:id/resubmit',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'Start a new draft from a declined proposal, prefilled and linked to it (the proposer)',
        params: idParamsSchema,
        response: { 201: proposalResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const access = await resubmitProposal({
        ctx: app.ctx,
        actor,
        proposalId: request.params.id,
        ip: request.ip,
      });
      return reply.status(201).send({ proposal: await showCase(app.ctx, actor, access) });
    },
  );

  app.post(
    '/:id/continue-as-free',
    {
      onRequest,
      schema: {
        tags,
        summary:
          "Turn a draft on a theme into a free proposal, keeping what was written (the theme's call closed)",
        params: idParamsSchema,
        response: { 200: proposalResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const access = await continueAsFreeProposal({
        ctx: app.ctx,
        actor,
        proposalId: request.params.id,
        ip: request.ip,
      });
      return { proposal: await showCase(app.ctx, actor, access) };
    },
  );

  app.get(
    '/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'One proposal, with the actions the caller may take',
        params: idParamsSchema,
        response: { 200: proposalResponseSchema, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return show(actor, await getProposal({ ctx: app.ctx, actor, proposalId: request.params.id }));
    },
  );

  app.patch(
    '/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Save fields of a draft',
        params: idParamsSchema,
        body: updateProposalBodySchema,
        response: { 200: proposalResponseSchema, ...errors },
      },
    },
    async (request) => {
      const access = await updateDraft({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
        input: request.body,
      });
      return show(actorOf(request), access);
    },
  );

  for (const [method, take] of [
    ['POST', true],
    ['DELETE', false],
  ] as const) {
    app.route({
      method,
      url: '/:id/assignee',
      onRequest,
      schema: {
        tags,
        summary: take
          ? 'Take the first check (coordinator): assign it to yourself'
          : 'Let the first check go (coordinator)',
        params: idParamsSchema,
        response: { 200: proposalResponseSchema, ...errors },
      },
      handler: async (request) => {
        const actor = actorOf(request);
        return show(
          actor,
          await setFirstCheckAssignee({ ctx: app.ctx, actor, proposalId: request.params.id, take }),
        );
      },
    });
  }

  app.get(
    '/:id/events',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The proposal’s timeline',
        params: idParamsSchema,
        response: { 200: proposalEventsResponseSchema, ...errors },
      },
    },
    async (request) => ({
      events: await getProposalEvents({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
      }),
    }),
  );
};
