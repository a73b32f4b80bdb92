import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import {
  countersignNdaBodySchema,
  createNdaTemplateBodySchema,
  ndaStateResponseSchema,
  ndaTemplateResponseSchema,
  ndaTemplatesResponseSchema,
  signNdaBodySchema,
} from '@kyoso/contracts/ndas';
import { actorOf } from '../../plugins/auth';
import { contentDisposition } from '../shared/http';
import { DEFAULT_NDA_BODY, DEFAULT_NDA_TITLE } from './default-template';
import {
  addTemplateVersion,
  countersignNda,
  getNdaView,
  listTemplates,
  ndaPdf,
  openNda,
  signNda,
} from './ndas.service';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};

/** `/api/proposals/:id/nda…`: a proposal's NDA. */
export const ndasRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['ndas'];
  const onRequest = app.requireUser;
  const client = (request: {
    ip: string;
    headers: Record<string, string | string[] | undefined>;
  }) => ({
    ip: request.ip,
    userAgent:
      typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
  });

  app.get(
    '/:id/nda',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The proposal’s NDA and what the caller may do',
        params: idParamsSchema,
        response: { 200: ndaStateResponseSchema, ...errors },
      },
    },
    async (request) =>
      getNdaView({ ctx: app.ctx, actor: actorOf(request), proposalId: request.params.id }),
  );

  app.post(
    '/:id/nda',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Open the NDA (proposer or lead department)',
        params: idParamsSchema,
        response: { 201: ndaStateResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await openNda({ ctx: app.ctx, actor: actorOf(request), proposalId: request.params.id }),
        ),
  );

  app.post(
    '/:id/nda/sign',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Sign the NDA (proposer)',
        params: idParamsSchema,
        body: signNdaBodySchema,
        response: { 200: ndaStateResponseSchema, ...errors },
      },
    },
    async (request) =>
      signNda({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
        input: request.body,
        client: client(request),
      }),
  );

  app.post(
    '/:id/nda/countersign',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Countersign the NDA for the city (lead department)',
        params: idParamsSchema,
        body: countersignNdaBodySchema,
        response: { 200: ndaStateResponseSchema, ...errors },
      },
    },
    async (request) =>
      countersignNda({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
        input: request.body,
        client: client(request),
      }),
  );

  app.get(
    '/:id/nda.pdf',
    { onRequest, schema: { tags, summary: 'The NDA as a PDF', params: idParamsSchema } },
    async (request, reply) => {
      const { pdf, fileName } = await ndaPdf({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
      });
      return reply
        .type('application/pdf')
        .header('Content-Disposition', contentDisposition(fileName))
        .header('Cache-Control', 'private, no-store')
        .send(pdf);
    },
  );
};

/** `/api/nda-templates`: NDA template versions, for administrators. */
export const ndaTemplatesRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['admin'];
  const onRequest = app.requireRole('admin');
  app.get(
    '',
    {
      onRequest,
      schema: {
        tags,
        summary: 'NDA template versions (newest first)',
        response: { 200: ndaTemplatesResponseSchema, ...errors },
      },
    },
    async () => ({
      templates: await listTemplates(app.ctx),
    }),
  );
  app.get(
    '/default',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The standard text to start from',
        response: { 200: createNdaTemplateBodySchema, ...errors },
      },
    },
    async () => ({
      title: DEFAULT_NDA_TITLE,
      body: DEFAULT_NDA_BODY,
    }),
  );
  app.post(
    '',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Add a version (it becomes the current one)',
        body: createNdaTemplateBodySchema,
        response: { 201: ndaTemplateResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        template: await addTemplateVersion({
          ctx: app.ctx,
          actor: actorOf(request),
          title: request.body.title,
          body: request.body.body,
          ip: request.ip,
        }),
      }),
  );
};
