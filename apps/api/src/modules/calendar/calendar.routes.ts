import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { assessSubmission } from '@kyoso/calendar/assessment';
import { fiscalYearOf } from '@kyoso/calendar/budget-calendar';
import { isValidDate, tokyoDate } from '@kyoso/calendar/dates';
import { keyDatesIcs } from '@kyoso/calendar/ics';
import {
  calendarAssessmentQuerySchema,
  calendarAssessmentResponseSchema,
  calendarSettingsSchema,
} from '@kyoso/contracts/calendar-schemas';
import { errorBodySchema } from '@kyoso/contracts/errors';
import { languageSchema } from '@kyoso/contracts/common';
import { actorOf } from '../../plugins/auth';
import { AppError } from '../shared/errors';
import {
  getCalendarSettings,
  getServiceLevels,
  updateCalendarSettings,
  updateServiceLevels,
} from '../settings/settings.service';
import { serviceLevelsResponseSchema, serviceLevelsSchema } from '@kyoso/contracts/service-levels';

const settingsResponseSchema = z.object({ settings: calendarSettingsSchema, today: z.string() });

/** The budget calendar, public: the assessment of a date, the settings, the key dates as .ics. */
export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const tags = ['calendar'];

  app.get(
    '/assessment',
    {
      schema: {
        tags,
        summary: 'What the budget calendar says about a proposal submitted on a date',
        querystring: calendarAssessmentQuerySchema,
        response: { 200: calendarAssessmentResponseSchema, 400: errorBodySchema },
      },
    },
    async (request) => {
      const { date, needsCityBudget } = request.query;
      if (!isValidDate(date)) {
        throw new AppError('request.invalid_query', {
          details: [
            {
              path: 'date',
              code: 'invalid_format',
              message: { key: 'detail.calendar.date_not_exist' },
            },
          ],
        });
      }
      const settings = await getCalendarSettings(app.ctx.db);
      return { assessment: assessSubmission(date, needsCityBudget, settings) };
    },
  );

  app.get(
    '/settings',
    {
      schema: {
        tags,
        summary: 'Cutoff, council months and fiscal-year start, and today’s date in Japan',
        response: { 200: settingsResponseSchema },
      },
    },
    async () => ({
      settings: await getCalendarSettings(app.ctx.db),
      today: tokyoDate(app.ctx.now()),
    }),
  );

  app.put(
    '/settings',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        summary: 'Change the calendar settings (administrators)',
        body: calendarSettingsSchema,
        response: {
          200: settingsResponseSchema,
          400: errorBodySchema,
          401: errorBodySchema,
          403: errorBodySchema,
        },
      },
    },
    async (request) => ({
      settings: await updateCalendarSettings({
        ctx: app.ctx,
        actor: actorOf(request),
        settings: request.body,
        ip: request.ip,
      }),
      today: tokyoDate(app.ctx.now()),
    }),
  );

  app.get(
    '/service-levels',
    {
      schema: {
        tags,
        summary: 'How many business days each stage of STEPs 3–6 should take (anyone)',
        response: { 200: serviceLevelsResponseSchema },
      },
    },
    async () => ({ serviceLevels: await getServiceLevels(app.ctx.db) }),
  );

  app.put(
    '/service-levels',
    {
      onRequest: app.requireRole('admin'),
      schema: {
        tags,
        summary: 'Change the service levels of STEPs 3–6 (administrators)',
        body: serviceLevelsSchema,
        response: {
          200: serviceLevelsResponseSchema,
          400: errorBodySchema,
          401: errorBodySchema,
          403: errorBodySchema,
        },
      },
    },
    async (request) => ({
      serviceLevels: await updateServiceLevels({
        ctx: app.ctx,
        actor: actorOf(request),
        levels: request.body,
        ip: request.ip,
      }),
    }),
  );

  app.get(
    '/key-dates.ics',
    {
      schema: {
        tags,
        summary: 'The key dates of a fiscal year as an iCalendar file',
        querystring: z.object({
          fiscalYear: z.coerce.number().int().min(2019).max(2049).optional(),
          lang: languageSchema.optional(),
        }),
      },
    },
    async (request, reply) => {
      const settings = await getCalendarSettings(app.ctx.db);
      const fiscalYear =
        request.query.fiscalYear ?? fiscalYearOf(tokyoDate(app.ctx.now()), settings);
      const language = request.query.lang ?? request.language;
      const body = keyDatesIcs(fiscalYear, language, {
        settings,
        now: app.ctx.now(),
        host: new URL(app.ctx.config.publicUrl).hostname,
      });
      return reply
        .type('text/calendar; charset=utf-8')
        .header(
          'Content-Disposition',
          `attachment; filename="kyoso-budget-calendar-FY${fiscalYear}.ics"`,
        )
        .send(body);
    },
  );
};
