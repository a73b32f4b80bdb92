import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ATTACHMENT_LIMITS } from '@kyoso/contracts/attachments';
import {
  createMessageBodySchema,
  messageResponseSchema,
  messagesResponseSchema,
} from '@kyoso/contracts/collaboration';
import { idParamsSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { actorOf } from '../../plugins/auth';
import { parseInput } from '../../plugins/zod';
import type { ObjectStorage } from '../attachments/storage';
import { fileBytes, readMultipart } from '../shared/http';
import { listMessages, postMessage } from './messages.service';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  413: errorBodySchema,
};

/** `/api/proposals/:id/messages`: the thread between the city and the proposer. */
export const messagesRoutes: FastifyPluginAsyncZod<{ storage: ObjectStorage }> = async (
  app,
  { storage },
) => {
  const tags = ['collaboration'];
  const onRequest = app.requireUser;
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: ATTACHMENT_LIMITS.maxBytes,
      files: 1,
      fields: 2,
      parts: 3,
      fieldSize: 16 * 1024,
    },
  });

  app.get(
    '/:id/messages',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The message thread',
        params: idParamsSchema,
        response: { 200: messagesResponseSchema, ...errors },
      },
    },
    async (request) => ({
      messages: await listMessages({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
      }),
    }),
  );

  app.post(
    '/:id/messages',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Write a message: JSON `{ body }`, or multipart with `body` and one `file`',
        params: idParamsSchema,
        consumes: ['application/json', 'multipart/form-data'],
        response: { 201: messageResponseSchema, ...errors },
      },
    },
    async (request, reply) => {
      let raw: unknown = request.body;
      let file: { fileName: string; bytes: Buffer } | undefined;
      if (request.isMultipart()) {
        const fields: Record<string, string> = {};
        await readMultipart(async () => {
          for await (const part of request.parts()) {
            if (part.type === 'file') {
              const bytes = await fileBytes(part);
              // A form whose file input was left empty still sends an empty part.
              if (bytes.length > 0 || part.filename) {
                file = { fileName: part.filename, bytes };
              }
            } else if (typeof part.value === 'string') {
              fields[part.fieldname] = part.value;
            }
          }
        });
        raw = fields;
      }
      const parsed = parseInput(createMessageBodySchema, raw);
      const message = await postMessage({
        ctx: app.ctx,
        storage,
        actor: actorOf(request),
        proposalId: request.params.id,
        body: parsed.body,
        file,
      });
      return reply.status(201).send({ message });
    },
  );
};
