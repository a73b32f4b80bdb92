import { z } from 'zod';
import { localizedTextSchema } from './i18n';

/** The phases of the city's year, as the budget-calendar guide explains them. */
export const CALENDAR_PHASES = [
  'execution',
  'planning',
  'budget_assessment',
  'budget_published',
  'mayor_assessment',
  'budget_bill',
  'council_deliberation',
] as const;
export type CalendarPhase = (typeof CALENDAR_PHASES)[number];

export const councilSessionSchema = z.object({
  /** First month of the session, `YYYY-MM`. */
  startMonth: z.string(),
  /** Last month of the session, `YYYY-MM`. */
  endMonth: z.string(),
  label: localizedTextSchema,
  /** The February–March session passes next year's initial budget. */
  passesInitialBudget: z.boolean(),
});
export type CouncilSession = z.infer<typeof councilSessionSchema>;

export const calendarFlagSchema = z.object({
  severity: z.enum(['warning', 'info']),
  code: z.literal('calendar.after_cutoff'),
  message: localizedTextSchema,
});
export type CalendarFlag = z.infer<typeof calendarFlagSchema>;

/** What the budget calendar says about a proposal submitted on `date`. */
export const calendarAssessmentSchema = z.object({
  date: z.string(),
  fiscalYear: z.number().int(),
  /** 和暦: 令和8年度. */
  fiscalYearLabel: z.string(),
  /** 西暦: FY2026. */
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
export type CalendarAssessment = z.infer<typeof calendarAssessmentSchema>;

export const calendarAssessmentQuerySchema = z.object({
  date: z.iso.date({ error: 'common.invalid_date' }),
  needsCityBudget: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
});

export const calendarAssessmentResponseSchema = z.object({ assessment: calendarAssessmentSchema });

/** Settings an administrator can change; the defaults are the city's rules. */
export const calendarSettingsSchema = z.object({
  fiscalYearStartMonth: z.number().int().min(1).max(12),
  cutoffMonth: z.number().int().min(1).max(12),
  cutoffDay: z.number().int().min(1).max(31),
  /** Each session is a list of consecutive months, e.g. `[2, 3]` for February–March. */
  councilSessionMonths: z.array(z.array(z.number().int().min(1).max(12)).min(1)).min(1),
});
export type CalendarSettings = z.infer<typeof calendarSettingsSchema>;

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
  fiscalYearStartMonth: 4,
  cutoffMonth: 10,
  cutoffDay: 31,
  councilSessionMonths: [[6], [9], [12], [2, 3]],
};
