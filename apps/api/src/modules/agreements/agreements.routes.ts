import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  AGREEMENT_LIMITS,
  agreementInputSchema,
  agreementResponseSchema,
  agreementVersionsResponseSchema,
  confirmAgreementBodySchema,
  councilSessionSchema,
  councilSuggestionQuerySchema,
  publicSummaryBodySchema,
  publicSummaryConsentBodySchema,
} from '@kyoso/contracts/agreements';
import { dateStringSchema, idParamsSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { z } from 'zod';
import { actorOf } from '../../plugins/auth';
import type { ObjectStorage } from '../attachments/storage';
import { AppError } from '../shared/errors';
import { contentDisposition, fieldValue, fileBytes, readMultipart } from '../shared/http';
import {
  addSignedDocument,
  confirmAgreement,
  consentToSummary,
  councilSuggestion,
  getAgreement,
  listAgreementVersions,
  readSignedDocument,
  recordAgreement,
  writeSummary,
} from './agreements.service';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  413: errorBodySchema,
};

/** `/api/proposals/:id/agreement`: the STEP 5 agreement, its signed document and public summary. */
export const agreementsRoutes: FastifyPluginAsyncZod<{ storage: ObjectStorage }> = async (
  app,
  { storage },
) => {
  const tags = ['agreements'];
  const onRequest = app.requireUser;
  await app.register(fastifyMultipart, {
    limits: {
      fileSize: AGREEMENT_LIMITS.documentBytes,
      files: 1,
      fields: 2,
      parts: 4,
      fieldSize: 64,
    },
  });
  const base = (request: { params: { id: string }; ip: string } & Parameters<typeof actorOf>[0]) => ({
    ctx: app.ctx,
    actor: actorOf(request),
    proposalId: request.params.id,
    ip: request.ip,
  });

  app.get(
    '/:id/agreement',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The agreement, and the council session the calendar suggests to its writer',
        params: idParamsSchema,
        response: { 200: agreementResponseSchema, ...errors },
      },
    },
    async (request) => getAgreement(base(request)),
  );

  app.put(
    '/:id/agreement',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Record a new version of the terms (lead department, STEP 5)',
        params: idParamsSchema,
        body: agreementInputSchema,
        response: { 200: agreementResponseSchema, ...errors },
      },
    },
    async (request) => recordAgreement({ ...base(request), input: request.body }),
  );

  app.get(
    '/:id/agreement/versions',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Every version of the terms, newest first (city staff)',
        params: idParamsSchema,
        response: { 200: agreementVersionsResponseSchema, ...errors },
      },
    },
    async (request) => ({ versions: await listAgreementVersions(base(request)) }),
  );

  app.get(
    '/:id/agreement/council-suggestion',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The council session that can still take a vote of this kind (the budget calendar)',
        params: idParamsSchema,
        querystring: councilSuggestionQuerySchema,
        response: { 200: z.object({ councilSession: councilSessionSchema }), ...errors },
      },
    },
    async (request) =>
      councilSuggestion({ ...base(request), vote: request.query.vote, on: request.query.on }),
  );

  app.post(
    '/:id/agreement/confirm',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The proposer confirms the version of the terms they read',
        params: idParamsSchema,
        body: confirmAgreementBodySchema,
        response: { 200: agreementResponseSchema, ...errors },
      },
    },
    async (request) => confirmAgreement({ ...base(request), version: request.body.version }),
  );

  app.post(
    '/:id/agreement/document',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Add the signed agreement (multipart: `file`, a PDF, and `signedOn`, YYYY-MM-DD)',
        params: idParamsSchema,
        consumes: ['multipart/form-data'],
        response: { 200: agreementResponseSchema, ...errors },
      },
    },
    async (request) => {
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
          signedOn: fieldValue(file.fields, 'signedOn') ?? '',
        };
      });
      const signedOn = dateStringSchema.safeParse(upload.signedOn);
      if (!signedOn.success) {
        throw new AppError('request.invalid_body', {
          details: [
            {
              path: 'signedOn',
              code: 'common.invalid_date',
              message: { key: 'validation.common.invalid_date' },
            },
          ],
        });
      }
      return addSignedDocument({
        ...base(request),
        storage,
        fileName: upload.fileName,
        bytes: upload.bytes,
        signedOn: signedOn.data,
      });
    },
  );

  app.get(
    '/:id/agreement/document',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Download the signed agreement (a PDF)',
        params: idParamsSchema,
      },
    },
    async (request, reply) => {
      const { fileName, bytes } = await readSignedDocument({ ...base(request), storage });
      return reply
        .type('application/pdf')
        .header('Content-Disposition', contentDisposition(fileName))
        .header('Content-Length', String(bytes.length))
        .header('Cache-Control', 'private, no-store')
        .header('X-Content-Type-Options', 'nosniff')
        .send(bytes);
    },
  );

  app.put(
    '/:id/agreement/public-summary',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'Write the public summary of the project (lead department); it is published only with the proposer’s consent',
        params: idParamsSchema,
        body: publicSummaryBodySchema,
        response: { 200: agreementResponseSchema, ...errors },
      },
    },
    async (request) => writeSummary({ ...base(request), text: request.body.text }),
  );

  app.post(
    '/:id/agreement/public-summary/consent',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The proposer consents to the summary as they read it, or withdraws consent',
        params: idParamsSchema,
        body: publicSummaryConsentBodySchema,
        response: { 200: agreementResponseSchema, ...errors },
      },
    },
    async (request) =>
      consentToSummary({ ...base(request), consent: request.body.consent, text: request.body.text }),
  );
};
