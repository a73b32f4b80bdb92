/** The budget calendar's API schemas, checked against the types in calendar.ts. */
import { z } from 'zod';
import {
  CALENDAR_PHASES,
  type CalendarAssessment,
  type CalendarFlag,
  type CalendarSettings,
  type CouncilSession,
} from './calendar';
import { localizedTextSchema } from './common';

export const councilSessionSchema: z.ZodType<CouncilSession> = z.object({
  startMonth: z.string(),
  endMonth: z.string(),
  label: localizedTextSchema,
  passesInitialBudget: z.boolean(),
});

export const calendarFlagSchema: z.ZodType<CalendarFlag> = z.object({
  severity: z.enum(['warning', 'info']),
  code: z.literal('calendar.after_cutoff'),
  message: localizedTextSchema,
});

export const calendarAssessmentSchema: z.ZodType<CalendarAssessment> = z.object({
  date: z.string(),
  fiscalYear: z.number().int(),
  fiscalYearLabel: z.string(),
  fiscalYearLabelEn: z.string(),
  phase: z.enum(CALENDAR_PHASES),
  phaseLabel: localizedTextSchema,
  afterCutoff: z.boolean(),
  cutoffDate: z.string(),
  earliestBudgetFiscalYear: z.number().int(),
  earliestBudgetFiscalYearLabel: z.string(),
  screeningDueDate: z.string(),
  nextCouncilSession: councilSessionSchema,
  needsCityBudget: z.boolean(),
  flag: calendarFlagSchema.nullable(),
});

export const calendarAssessmentQuerySchema = z.object({
  date: z.iso.date({ error: 'common.invalid_date' }),
  needsCityBudget: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export const calendarAssessmentResponseSchema = z.object({ assessment: calendarAssessmentSchema });

/** The last day of each month that every year has (29 February is not a cutoff every year). */
const LAST_DAY_EVERY_YEAR = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export const calendarSettingsSchema: z.ZodType<CalendarSettings> = z
  .object({
    fiscalYearStartMonth: z.number().int().min(1).max(12),
    cutoffMonth: z.number().int().min(1).max(12),
    cutoffDay: z.number().int().min(1).max(31),
    councilSessionMonths: z
      .array(z.array(z.number().int().min(1).max(12)).min(1))
      .min(1)
      .max(12),
  })
  .superRefine((settings, ctx) => {
    if (settings.cutoffDay > (LAST_DAY_EVERY_YEAR[settings.cutoffMonth - 1] ?? 31)) {
      ctx.addIssue({
        code: 'custom',
        path: ['cutoffDay'],
        message: 'calendar.cutoff_day_not_in_month',
      });
    }
    const seen = new Set<number>();
    settings.councilSessionMonths.forEach((months, index) => {
      for (const month of months) {
        if (seen.has(month)) {
          ctx.addIssue({
            code: 'custom',
            path: ['councilSessionMonths', index],
            message: 'calendar.council_month_repeated',
          });
          return;
        }
        seen.add(month);
      }
    });
  });
