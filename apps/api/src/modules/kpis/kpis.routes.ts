import fastifyMultipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ATTACHMENT_LIMITS } from '@kyoso/contracts/attachments';
import { idParamsSchema } from '@kyoso/contracts/common';
import { errorBodySchema } from '@kyoso/contracts/errors';
import {
  kpiParamsSchema,
  kpiReportAnswerBodySchema,
  kpiReportInputSchema,
  kpiReportParamsSchema,
  kpiReportResponseSchema,
  kpiReportReviewBodySchema,
  kpisInputSchema,
  kpisResponseSchema,
  logicModelInputSchema,
  logicModelResponseSchema,
} from '@kyoso/contracts/kpis';
import { actorOf } from '../../plugins/auth';
import type { ObjectStorage } from '../attachments/storage';
import { AppError } from '../shared/errors';
import { contentDisposition, fileBytes, readMultipart } from '../shared/http';
import {
  answerReport,
  attachReportFile,
  getKpis,
  readReportFile,
  reportKpi,
  reviewReport,
  saveKpis,
  saveLogicModel,
} from './kpis.service';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  413: errorBodySchema,
};

/** `/api/proposals/:id/kpis` and `/logic-model`: STEPs 5–6, the KPIs, their reports and the logic model. */
export const kpisRoutes: FastifyPluginAsyncZod<{ storage: ObjectStorage }> = async (
  app,
  { storage },
) => {
  const tags = ['kpis'];
  const onRequest = app.requireUser;
  await app.register(fastifyMultipart, {
    limits: { fileSize: ATTACHMENT_LIMITS.maxBytes, files: 1, fields: 1, parts: 2 },
  });
  const base = (
    request: { params: { id: string }; ip: string } & Parameters<typeof actorOf>[0],
  ) => ({
    ctx: app.ctx,
    actor: actorOf(request),
    proposalId: request.params.id,
    ip: request.ip,
  });

  app.get(
    '/:id/kpis',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The KPIs with their periods, due dates and reports',
        params: idParamsSchema,
        response: { 200: kpisResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { kpis, version } = await getKpis(base(request));
      return { kpis, version };
    },
  );

  app.put(
    '/:id/kpis',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Set the KPIs (either side, from adoption to the evaluation)',
        params: idParamsSchema,
        body: kpisInputSchema,
        response: { 200: kpisResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { kpis, version } = await saveKpis({
        ...base(request),
        kpis: request.body.kpis,
        expectedVersion: request.body.expectedVersion,
      });
      return { kpis, version };
    },
  );

  app.get(
    '/:id/logic-model',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The logic model (version 0: the draft started from the proposal)',
        params: idParamsSchema,
        response: { 200: logicModelResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { logicModel } = await getKpis(base(request));
      if (!logicModel) {
        throw new AppError('kpis.not_open');
      }
      return { logicModel };
    },
  );

  app.put(
    '/:id/logic-model',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Save a new version of the logic model (either side)',
        params: idParamsSchema,
        body: logicModelInputSchema,
        response: { 200: logicModelResponseSchema, ...errors },
      },
    },
    async (request) => {
      const { logicModel } = await saveLogicModel({ ...base(request), input: request.body });
      return { logicModel: logicModel! };
    },
  );

  app.post(
    '/:id/kpis/:kpiId/reports',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Report the actual value of a KPI for a period that has ended (the proposer)',
        params: kpiParamsSchema,
        body: kpiReportInputSchema,
        response: { 201: kpiReportResponseSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send({
        report: await reportKpi({
          ...base(request),
          kpiId: request.params.kpiId,
          input: request.body,
        }),
      }),
  );

  app.post(
    '/:id/kpi-reports/:reportId/review',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Verify a report or ask a question about it (the lead department)',
        params: kpiReportParamsSchema,
        body: kpiReportReviewBodySchema,
        response: { 200: kpiReportResponseSchema, ...errors },
      },
    },
    async (request) => ({
      report: await reviewReport({
        ...base(request),
        reportId: request.params.reportId,
        verdict: request.body.verdict,
        comment: request.body.comment,
      }),
    }),
  );

  app.post(
    '/:id/kpi-reports/:reportId/answer',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Answer the department’s question, correcting the figure if needed (the proposer)',
        params: kpiReportParamsSchema,
        body: kpiReportAnswerBodySchema,
        response: { 200: kpiReportResponseSchema, ...errors },
      },
    },
    async (request) => ({
      report: await answerReport({
        ...base(request),
        reportId: request.params.reportId,
        answer: request.body.answer,
        actual: request.body.actual,
      }),
    }),
  );

  app.put(
    '/:id/kpi-reports/:reportId/file',
    {
      onRequest,
      schema: {
        tags,
        summary: 'Attach evidence to a report (multipart: `file`; the proposer)',
        params: kpiReportParamsSchema,
        consumes: ['multipart/form-data'],
        response: { 200: kpiReportResponseSchema, ...errors },
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
        return { fileName: file.filename, bytes: await fileBytes(file) };
      });
      return {
        report: await attachReportFile({
          ...base(request),
          storage,
          reportId: request.params.reportId,
          ...upload,
        }),
      };
    },
  );

  app.get(
    '/:id/kpi-reports/:reportId/file',
    {
      onRequest,
      schema: { tags, summary: 'Download a report’s evidence', params: kpiReportParamsSchema },
    },
    async (request, reply) => {
      const file = await readReportFile({
        ...base(request),
        storage,
        reportId: request.params.reportId,
      });
      return reply
        .type(file.mediaType)
        .header('Content-Disposition', contentDisposition(file.fileName))
        .header('Content-Length', String(file.bytes.length))
        .header('Cache-Control', 'private, no-store')
        .header('X-Content-Type-Options', 'nosniff')
        .send(file.bytes);
    },
  );
};
