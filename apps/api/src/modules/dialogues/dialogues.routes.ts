import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  actionItemUpdateBodySchema,
  dialogueCommentBodySchema,
  dialogueInputSchema,
  dialogueResponseSchema,
  dialoguesResponseSchema,
} from '@kyoso/contracts/collaboration';
import { idParamsSchema, idSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { actorOf } from '../../plugins/auth';
import {
  commentOnDialogue,
  confirmDialogueRecord,
  listDialogues,
  recordDialogue,
  setActionItem,
  updateDialogue,
} from './dialogues.service';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
};
const dialogueParams = z.object({ id: idSchema, dialogueId: idSchema });
const itemParams = dialogueParams.extend({ itemId: idSchema });

/** `/api/proposals/:id/dialogues`: STEP 3 dialogue records. */
export const dialoguesRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['collaboration'];
  const onRequest = app.requireUser;
  const base = (request: { params: { id: string } } & Parameters<typeof actorOf>[0]) => ({
    ctx: app.ctx,
    actor: actorOf(request),
    proposalId: request.params.id,
  });

  app.get(
    '/:id/dialogues',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Dialogue records',
        params: idParamsSchema,
        response: { 200: dialoguesResponseSchema, ...errors },
      },
    },
    async (request) => ({ dialogues: await listDialogues(base(request)) }),
  );

  app.post(
    '/:id/dialogues',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Record a dialogue (lead department); the proposer is asked to review it',
        params: idParamsSchema,
        body: dialogueInputSchema,
        response: { 201: dialogueResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send({ dialogue: await recordDialogue({ ...base(request), input: request.body }) }),
  );

  app.put(
    '/:id/dialogues/:dialogueId',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Correct a record the proposer has not confirmed yet',
        params: dialogueParams,
        body: dialogueInputSchema,
        response: { 200: dialogueResponseSchema, ...errors },
      },
    },
    async (request) => ({
      dialogue: await updateDialogue({
        ...base(request),
        dialogueId: request.params.dialogueId,
        input: request.body,
      }),
    }),
  );

  app.post(
    '/:id/dialogues/:dialogueId/confirm',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Confirm a record (proposer)',
        params: dialogueParams,
        response: { 200: dialogueResponseSchema, ...errors },
      },
    },
    async (request) => ({
      dialogue: await confirmDialogueRecord({
        ...base(request),
        dialogueId: request.params.dialogueId,
      }),
    }),
  );

  app.post(
    '/:id/dialogues/:dialogueId/comments',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Comment on a record (proposer or lead department)',
        params: dialogueParams,
        body: dialogueCommentBodySchema,
        response: { 201: dialogueResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        dialogue: await commentOnDialogue({
          ...base(request),
          dialogueId: request.params.dialogueId,
          body: request.body.body,
        }),
      }),
  );

  app.patch(
    '/:id/dialogues/:dialogueId/action-items/:itemId',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Tick or untick an action item (proposer or lead department)',
        params: itemParams,
        body: actionItemUpdateBodySchema,
        response: { 200: dialogueResponseSchema, ...errors },
      },
    },
    async (request) => ({
      dialogue: await setActionItem({
        ...base(request),
        dialogueId: request.params.dialogueId,
        itemId: request.params.itemId,
        done: request.body.done,
      }),
    }),
  );
};
