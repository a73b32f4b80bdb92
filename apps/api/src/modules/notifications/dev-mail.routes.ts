import { and, desc, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParamsSchema } from '@kyoso/contracts/common';
import { devMailListResponseSchema, devMailResponseSchema } from '@kyoso/contracts/dev-mail';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { outboxEmailsTable } from './outbox.table';
import { AppError } from '../shared/errors';

/**
 * The development mailbox: e-mails "delivered" while no SMTP server is configured. Registered
 * only outside production; it is deliberately open (no login) so that a new developer can click
 * the verification link of the account they just created.
 */
export const devMailRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['development'];
  const delivered = and(
    eq(outboxEmailsTable.transport, 'dev-mailbox'),
    eq(outboxEmailsTable.status, 'sent'),
  );

  app.get(
    '',
    {
      schema: {
        tags,
        summary: 'Messages in the development mailbox (newest first)',
        response: { 200: devMailListResponseSchema },
      },
    },
    async () => {
      const rows = await app.ctx.db
        .select()
        .from(outboxEmailsTable)
        .where(delivered)
        .orderBy(desc(outboxEmailsTable.createdAt))
        .limit(200);
      return {
        messages: rows.map((row) => ({
          id: row.id,
          to: row.toAddress,
          subject: row.subject,
          template: row.template,
          createdAt: row.createdAt.toISOString(),
        })),
      };
    },
  );

  app.get(
    '/:id',
    {
      schema: {
        tags,
        summary: 'One message of the development mailbox',
        params: idParamsSchema,
        response: { 200: devMailResponseSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const [row] = await app.ctx.db
        .select()
        .from(outboxEmailsTable)
        .where(and(delivered, eq(outboxEmailsTable.id, request.params.id)))
        .limit(1);
      if (!row) {
        throw new AppError('request.not_found');
      }
      return {
        message: {
          id: row.id,
          to: row.toAddress,
          subject: row.subject,
          template: row.template,
          createdAt: row.createdAt.toISOString(),
          text: row.textBody,
          html: row.htmlBody,
        },
      };
    },
  );
};
