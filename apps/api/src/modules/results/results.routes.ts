import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBodySchema } from '@kyoso/contracts/errors';
import {
  publicCaseSchema,
  publicCasesQuerySchema,
  publicCasesResponseSchema,
  statisticsQuerySchema,
  statisticsResponseSchema,
  statisticsSchema,
} from '@kyoso/contracts/results';
import { toCsv } from '../shared/csv';
import { contentDisposition } from '../shared/http';
import {
  CASE_COLUMNS,
  OPEN_DATA_LICENCE,
  STATISTIC_COLUMNS,
  STATISTIC_METRICS,
  caseRows,
  statisticRows,
} from './open-data';
import { getStatistics, listPublicCases } from './results.service';

const columnSchema = z.object({ name: z.string(), ja: z.string(), en: z.string() });
const licenceSchema = z.object({ name: z.string(), url: z.string() });
/** Every public case, for open data (a city has hundreds, not millions). */
const ALL_CASES = { page: 1, pageSize: 10_000 } as const;

/** `/api/public`: the results anyone may see, without logging in. */
export const publicResultsRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['public'];

  app.get(
    '/cases',
    {
      schema: {
        tags,
        summary:
          'Adopted and completed cases whose proposer consented to a public summary (search, fiscal year, field, stage)',
        querystring: publicCasesQuerySchema,
        response: { 200: publicCasesResponseSchema, 400: errorBodySchema },
      },
    },
    async (request) => listPublicCases(app.ctx, request.query),
  );

  app.get(
    '/statistics',
    {
      schema: {
        tags,
        summary:
          'Statistics of the process for a fiscal year (or every year): counts of fewer than five are "<5"',
        querystring: statisticsQuerySchema,
        response: { 200: statisticsResponseSchema, 400: errorBodySchema },
      },
    },
    async (request) => ({
      statistics: await getStatistics(app.ctx, request.query.fiscalYear ?? null),
    }),
  );
};

/** `/api/open-data`: the same results as open data (JSON and CSV), licensed CC BY 4.0. */
export const openDataRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['open data'];
  const licenceHeader = `<${OPEN_DATA_LICENCE.url}>; rel="license"`;

  app.get(
    '/cases.json',
    {
      schema: {
        tags,
        summary: 'The public cases as open data (JSON, with the column dictionary and the licence)',
        response: {
          200: z.object({
            licence: licenceSchema,
            columns: z.array(columnSchema),
            cases: z.array(publicCaseSchema),
          }),
        },
      },
    },
    async (_request, reply) => {
      const { cases } = await listPublicCases(app.ctx, ALL_CASES);
      reply.header('Link', licenceHeader);
      return { licence: OPEN_DATA_LICENCE, columns: [...CASE_COLUMNS], cases };
    },
  );

  app.get(
    '/cases.csv',
    {
      schema: {
        tags,
        summary: `The public cases as CSV (UTF-8 with BOM). Columns: ${CASE_COLUMNS.map((c) => `${c.name} (${c.en})`).join('; ')}. Licence: CC BY 4.0.`,
      },
    },
    async (_request, reply) => {
      const { cases } = await listPublicCases(app.ctx, ALL_CASES);
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', contentDisposition('kyoso-cases.csv'))
        .header('Link', licenceHeader)
        .send(toCsv(caseRows(cases)));
    },
  );

  app.get(
    '/statistics.json',
    {
      schema: {
        tags,
        summary:
          'The statistics as open data (JSON, with the dictionary of metrics and the licence)',
        querystring: statisticsQuerySchema,
        response: {
          200: z.object({
            licence: licenceSchema,
            metrics: z.array(columnSchema),
            statistics: statisticsSchema,
          }),
          400: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      reply.header('Link', licenceHeader);
      return {
        licence: OPEN_DATA_LICENCE,
        metrics: [...STATISTIC_METRICS],
        statistics: await getStatistics(app.ctx, request.query.fiscalYear ?? null),
      };
    },
  );

  app.get(
    '/statistics.csv',
    {
      schema: {
        tags,
        summary: `The statistics as CSV in long form (${STATISTIC_COLUMNS.map((c) => c.name).join(', ')}; metrics: ${STATISTIC_METRICS.map((m) => m.name).join(', ')}). "<5" stands for one to four proposals. Licence: CC BY 4.0.`,
        querystring: statisticsQuerySchema,
      },
    },
    async (request, reply) => {
      const statistics = await getStatistics(app.ctx, request.query.fiscalYear ?? null);
      const year = request.query.fiscalYear ?? 'all';
      return reply
        .type('text/csv; charset=utf-8')
        .header('Content-Disposition', contentDisposition(`kyoso-statistics-${year}.csv`))
        .header('Link', licenceHeader)
        .send(toCsv(statisticRows(statistics)));
    },
  );
};
