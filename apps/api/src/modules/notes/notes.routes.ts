import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  createNoteBodySchema,
  mentionableResponseSchema,
  noteResponseSchema,
  notesResponseSchema,
} from '@kyoso/contracts/collaboration';
import { idParamsSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { actorOf } from '../../plugins/auth';
import { addNote, listMentionable, listNotes } from './notes.service';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
};

/** `/api/proposals/:id/notes`: internal notes of city staff (never shown to the proposer). */
export const notesRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['collaboration'];
  const onRequest = app.requireUser;

  app.get(
    '/:id/notes',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Internal notes (city staff in charge)',
        params: idParamsSchema,
        response: { 200: notesResponseSchema, ...errors },
      },
    },
    async (request) => ({
      notes: await listNotes({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
      }),
    }),
  );

  app.post(
    '/:id/notes',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Add an internal note; colleagues named in `mentionedUserIds` are e-mailed',
        params: idParamsSchema,
        body: createNoteBodySchema,
        response: { 201: noteResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        note: await addNote({
          ctx: app.ctx,
          actor: actorOf(request),
          proposalId: request.params.id,
          input: request.body,
        }),
      }),
  );

  app.get(
    '/:id/mentionable',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Colleagues who can be mentioned (they can see the proposal)',
        params: idParamsSchema,
        response: { 200: mentionableResponseSchema, ...errors },
      },
    },
    async (request) => ({
      users: await listMentionable({
        ctx: app.ctx,
        actor: actorOf(request),
        proposalId: request.params.id,
      }),
    }),
  );
};
