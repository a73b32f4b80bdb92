import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditFilterSchema, auditQuerySchema, auditResponseSchema } from '@kyoso/contracts/audit';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { tokyoDate } from '@kyoso/calendar/dates';
import { contentDisposition } from '../shared/http';
import { auditCsv } from './audit-log.csv';
import { getAuditLog, getAuditLogForExport } from './audit-log.service';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema };

/** `/api/admin/audit`: every recorded change and confidential read, for administrators only. */
export const auditLogRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['admin'];
  const onRequest = app.requireRole('admin');

  app.get(
    '',
    {
      onRequest,
      schema: {
        tags,
        summary:
          'The audit log: every recorded change and every confidential read, newest first, filtered and paged',
        querystring: auditQuerySchema,
        response: { 200: auditResponseSchema, ...errors },
      },
    },
    async (request) => getAuditLog(app.ctx, request.query),
  );

  app.get(
    '.csv',
    {
      onRequest,
      schema: {
        tags,
        summary: 'The audit log with the same filters, as CSV for Excel (UTF-8 with BOM, CRLF)',
        querystring: auditFilterSchema,
      },
    },
    async (request, reply) => {
      const { entries, truncated } = await getAuditLogForExport(app.ctx, request.query);
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'Content-Disposition',
          contentDisposition(`kyoso-audit-${tokyoDate(app.ctx.now())}.csv`),
        )
        .header('Cache-Control', 'private, no-store')
        .send(auditCsv(entries, truncated));
    },
  );
};
