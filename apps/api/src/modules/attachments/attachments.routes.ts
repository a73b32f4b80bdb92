import fastifyMultipart from '@fastify/multipart';

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ATTACHMENT_LIMITS,
  attachmentResponseSchema,
  attachmentsResponseSchema,
  updateAttachmentBodySchema,
} from '@kyoso/contracts/attachments';
import { idParamsSchema, idSchema, okResponseSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { actorOf } from '../../plugins/auth';
import { AppError } from '../shared/errors';
import { contentDisposition, fieldValue, fileBytes, readMultipart } from '../shared/http';
import { presentAttachment } from './attachments.presenter';
import {
  addAttachment,
  findAttachments,
  readAttachment,
  removeAttachment,
  setAttachmentConfidential,
} from './attachments.service';
import type { ObjectStorage } from './storage';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  413: errorBodySchema,
};
const attachmentParams = z.object({ id: idSchema, attachmentId: idSchema });

/** `/api/proposals/:id/attachments`. */
export const attachmentsRoutes: FastifyPluginAsyncZod<{ storage: ObjectStorage }> = async (
  app,
  { storage },
) => {
  const tags = ['proposals'];
  const onRequest = app.requireUser;
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: ATTACHMENT_LIMITS.maxBytes,
      files: 1,
      fields: 4,
      parts: 6,
      fieldSize: 1024,
    },
  });

  app.get(
    '/:id/attachments',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The files attached to a proposal',
        params: idParamsSchema,
        response: { 200: attachmentsResponseSchema, ...errors },
      },
    },
    async (request) => {
      const access = await app.ctx.cases.load(app.ctx.db, actorOf(request), request.params.id);
      const rows = await findAttachments(app.ctx.db, request.params.id);
      return { attachments: rows.map((row) => presentAttachment(row, access)) };
    },
  );

  app.post(
    '/:id/attachments',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Attach a file (multipart: `file`, and `confidential` = true|false)',
        params: idParamsSchema,
        consumes: ['multipart/form-data'],
        response: { 201: attachmentResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError('request.unsupported_media_type');
      }
      const upload = await readMultipart(async () => {
        const file = await request.file();
        if (!file) {
          throw new AppError('attachments.missing_file');
        }
        return {
          fileName: file.filename,
          bytes: await fileBytes(file),
          confidential: fieldValue(file.fields, 'confidential') === 'true',
        };
      });
      const { attachment } = await addAttachment({
        ctx: app.ctx,
        storage,
        actor: actorOf(request),
        proposalId: request.params.id,
        ...upload,
      });
      return reply.status(201).send({ attachment });
    },
  );

  app.get(
    '/:id/attachments/:attachmentId',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Download a file (always as an attachment)',
        params: attachmentParams,
      },
    },
    async (request, reply) => {
      const { row, bytes } = await readAttachment({
        ctx: app.ctx,
        storage,
        actor: actorOf(request),
        proposalId: request.params.id,
        attachmentId: request.params.attachmentId,
      });
      return reply
        .type(row.mediaType)
        .header('Content-Disposition', contentDisposition(row.fileName))
        .header('Content-Length', String(bytes.length))
        .header('Cache-Control', 'private, no-store')
        .header('X-Content-Type-Options', 'nosniff')
        .send(bytes);
    },
  );

  app.patch(
    '/:id/attachments/:attachmentId',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Mark a file confidential or not',
        params: attachmentParams,
        body: updateAttachmentBodySchema,
        response: { 200: attachmentResponseSchema, ...errors },
      },
    },
    async (request) =>
      setAttachmentConfidential({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
        attachmentId: request.params.attachmentId,
        confidential: request.body.confidential,
      }),
  );

  app.delete(
    '/:id/attachments/:attachmentId',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Remove a file from a draft',
        params: attachmentParams,
        response: { 200: okResponseSchema, ...errors },
      },
    },
    async (request) => {
      await removeAttachment({
        ctx: app.ctx,
        storage,
        actor: actorOf(request),
        proposalId: request.params.id,
        attachmentId: request.params.attachmentId,
      });
      return { ok: true as const };
    },
  );
};
