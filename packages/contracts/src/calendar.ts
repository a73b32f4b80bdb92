/**
 * The budget calendar's shapes and defaults. Zod-free: the calendar page and the home page use
 * them without the zod runtime; the request and response schemas are in calendar-schemas.ts.
 */
import type { LocalizedText } from '@kyoso/i18n/languages';

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

export type CouncilSession = {
  /** First month of the session, `YYYY-MM`. */
  startMonth: string;
  /** Last month of the session, `YYYY-MM`. */
  endMonth: string;
  label: LocalizedText;
  /** The February–March session passes next year's initial budget. */
  passesInitialBudget: boolean;
};

export type CalendarFlag = {
  severity: 'warning' | 'info';
  code: 'calendar.after_cutoff';
  message: LocalizedText;
};

/** What the budget calendar says about a proposal submitted on `date`. */
export type CalendarAssessment = {
  date: string;
  fiscalYear: number;
  /** 和暦: 令和8年度. */
  fiscalYearLabel: string;
  /** 西暦: FY2026. */
  fiscalYearLabelEn: string;
  phase: CalendarPhase;
  phaseLabel: LocalizedText;
  afterCutoff: boolean;
  cutoffDate: string;
  earliestBudgetFiscalYear: number;
  earliestBudgetFiscalYearLabel: string;
  screeningDueDate: string;
  nextCouncilSession: CouncilSession;
  needsCityBudget: boolean;
  flag: CalendarFlag | null;
};

/** Settings an administrator can change; the defaults are the city's rules. */
export type CalendarSettings = {
  fiscalYearStartMonth: number;
  cutoffMonth: number;
  cutoffDay: number;
  /** Each session is a list of consecutive months, e.g. `[2, 3]` for February–March. */
  councilSessionMonths: number[][];
};

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
  fiscalYearStartMonth: 4,
  cutoffMonth: 10,
  cutoffDay: 31,
  councilSessionMonths: [[6], [9], [12], [2, 3]],
};
