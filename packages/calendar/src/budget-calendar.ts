/**
 * The city's budget calendar: fiscal years, the October cutoff for next year's initial budget,
 * the council sessions and the phases of the year. No holiday data here (see assessment.ts), so
 * that pages showing the year stay light.
 * Every rule reads its dates from `CalendarSettings` (defaults: April start, 31 October cutoff,
 * council in June, September, December and February–March).
 */
import {
  DEFAULT_CALENDAR_SETTINGS,
  type CalendarFlag,
  type CalendarPhase,
  type CalendarSettings,
  type CouncilSession,
} from '@kyoso/contracts/calendar';
import { textOf } from '@kyoso/i18n/core';
import { calendarMessages } from '@kyoso/i18n/catalogues/calendar';
import { formatMessages } from '@kyoso/i18n/catalogues/formats';
import { fiscalYearVar, formatEraYear, formatFiscalYear } from '@kyoso/i18n/format';
import { LANGUAGES, type Language, type LocalizedText } from '@kyoso/i18n/languages';
import { formatDate, isValidDate, makeDate, parseDate } from './dates';

/** The fiscal year (年度) a date belongs to: its year from the start month on, else the year before. */
export function fiscalYearOf(
  date: string,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): number {
  const { year, month } = parseDate(date);
  return month >= settings.fiscalYearStartMonth ? year : year - 1;
}

/** 和暦 label of a fiscal year: 令和(FY−2018)年度, 令和元年度 for FY2019, 平成 before it. */
export function fiscalYearLabel(fiscalYear: number): string {
  if (fiscalYear >= 2019) {
    const n = fiscalYear - 2018;
    return `令和${n === 1 ? '元' : n}年度`;
  }
  const n = fiscalYear - 1988;
  return `平成${n === 1 ? '元' : n}年度`;
}

/** A fiscal year in every language: `{ ja: '令和8年度（2026年度）', en: 'FY2026', … }`. */
export function fiscalYearText(fiscalYear: number): Required<LocalizedText> {
  return Object.fromEntries(
    LANGUAGES.map((language) => [language, formatFiscalYear(fiscalYear, language)]),
  ) as Required<LocalizedText>;
}

/** First and last day of a fiscal year. */
export function fiscalYearRange(
  fiscalYear: number,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): { start: string; end: string } {
  const start = makeDate(fiscalYear, settings.fiscalYearStartMonth, 1);
  const end = makeDate(fiscalYear + 1, settings.fiscalYearStartMonth, 0);
  return { start, end };
}

/** The year (西暦) in which `month` falls inside a fiscal year. */
function yearOfMonthInFiscalYear(fiscalYear: number, month: number, settings: CalendarSettings) {
  return month >= settings.fiscalYearStartMonth ? fiscalYear : fiscalYear + 1;
}

/** The cutoff for next year's initial budget in a fiscal year (default 31 October). */
export function cutoffDateOf(
  fiscalYear: number,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): string {
  const year = yearOfMonthInFiscalYear(fiscalYear, settings.cutoffMonth, settings);
  // A cutoff day beyond the month's end (31 in a 30-day month) means the month's last day.
  const lastDay = parseDate(makeDate(year, settings.cutoffMonth + 1, 0)).day;
  return formatDate({
    year,
    month: settings.cutoffMonth,
    day: Math.min(settings.cutoffDay, lastDay),
  });
}

/** Whether `date` is after its fiscal year's cutoff (and so before the next fiscal year starts). */
export function isAfterCutoff(
  date: string,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): boolean {
  return date > cutoffDateOf(fiscalYearOf(date, settings), settings);
}

/**
 * The earliest fiscal year whose initial budget can include a proposal made on `date`: next year
 * when it arrives by the cutoff, the year after next when it arrives after it.
 */
export function earliestBudgetFiscalYear(
  date: string,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): number {
  const fy = fiscalYearOf(date, settings);
  return isAfterCutoff(date, settings) ? fy + 2 : fy + 1;
}

// ---------------------------------------------------------------------------------------------
// Phases of the year
// ---------------------------------------------------------------------------------------------

/**
 * A part of the city's year. Its words are `phase.<phase>.name|city|advice` in the `calendar`
 * catalogue: what the city is doing, and what a proposer should do.
 */
export type PhaseDefinition = {
  phase: CalendarPhase;
  /** Calendar months (1–12) of the phase. */
  months: readonly number[];
};

/** The city's year, April to March. */
export const PHASES: readonly PhaseDefinition[] = [
  { phase: 'execution', months: [4, 5, 6, 7, 8] },
  { phase: 'planning', months: [9, 10] },
  { phase: 'budget_assessment', months: [11] },
  { phase: 'budget_published', months: [12] },
  { phase: 'mayor_assessment', months: [1] },
  { phase: 'budget_bill', months: [2] },
  { phase: 'council_deliberation', months: [3] },
];

export function phaseOf(date: string): PhaseDefinition {
  const { month } = parseDate(date);
  const phase = PHASES.find((p) => p.months.includes(month));
  if (!phase) {
    throw new RangeError(`No phase for month ${month}`);
  }
  return phase;
}

/** Whether `date` is in the city's busy season (November to March). */
export function isBusySeason(date: string): boolean {
  const { month } = parseDate(date);
  return month >= 11 || month <= 3;
}

// ---------------------------------------------------------------------------------------------
// Council sessions
// ---------------------------------------------------------------------------------------------

function sessionLabel(months: readonly number[], startYear: number): Required<LocalizedText> {
  const first = months[0] ?? 1;
  const last = months[months.length - 1] ?? first;
  const monthName = (month: number) =>
    textOf(formatMessages, `monthLong.${month}` as 'monthLong.1');
  const firstDay = `${startYear}-${String(first).padStart(2, '0')}-01`;
  const eraYear = (language: Language) => formatEraYear(firstDay, language);
  return months.length === 1
    ? textOf(calendarMessages, 'session.single', {
        eraYear,
        year: startYear,
        firstMonth: monthName(first),
      })
    : textOf(calendarMessages, 'session.range', {
        eraYear,
        year: startYear,
        firstMonth: monthName(first),
        lastMonth: monthName(last),
      });
}

/** The council sessions of a fiscal year, in order. */
export function councilSessionsOf(
  fiscalYear: number,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): CouncilSession[] {
  const sessions = settings.councilSessionMonths.map((months) => {
    const first = months[0] ?? 1;
    const last = months[months.length - 1] ?? first;
    const startYear = yearOfMonthInFiscalYear(fiscalYear, first, settings);
    const endYear = yearOfMonthInFiscalYear(fiscalYear, last, settings);
    return {
      startMonth: `${startYear}-${String(first).padStart(2, '0')}`,
      endMonth: `${endYear}-${String(last).padStart(2, '0')}`,
      label: sessionLabel(months, startYear),
      passesInitialBudget: false,
    };
  });
  sessions.sort((a, b) => a.startMonth.localeCompare(b.startMonth));
  const lastSession = sessions[sessions.length - 1];
  if (lastSession) {
    lastSession.passesInitialBudget = true;
  }
  return sessions;
}

/** The council session under way on `date`, or else the next one. */
export function nextCouncilSession(
  date: string,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): CouncilSession {
  const month = date.slice(0, 7);
  const fy = fiscalYearOf(date, settings);
  const candidates = [...councilSessionsOf(fy, settings), ...councilSessionsOf(fy + 1, settings)];
  const session = candidates.find((s) => s.endMonth >= month);
  if (!session) {
    throw new RangeError('No council session found');
  }
  return session;
}

// ---------------------------------------------------------------------------------------------
// Assessment
// ---------------------------------------------------------------------------------------------

/** The after-cutoff flag, if any, for a proposal made on `date`. */
export function calendarFlag(
  date: string,
  needsCityBudget: boolean,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): CalendarFlag | null {
  if (!isAfterCutoff(date, settings)) {
    return null;
  }
  const fy = fiscalYearOf(date, settings);
  const { month, day } = parseDate(cutoffDateOf(fy, settings));
  const cutoff = textOf(calendarMessages, 'cutoff', {
    month,
    day,
    monthName: textOf(formatMessages, `monthLong.${month}` as 'monthLong.1'),
  });
  if (needsCityBudget) {
    return {
      severity: 'warning',
      code: 'calendar.after_cutoff',
      message: textOf(calendarMessages, 'flag.warning', {
        cutoff,
        nextFiscalYear: fiscalYearVar(fy + 1, 'era'),
        earliestFiscalYear: fiscalYearVar(fy + 2),
      }),
    };
  }
  return {
    severity: 'info',
    code: 'calendar.after_cutoff',
    message: textOf(calendarMessages, 'flag.info', { cutoff }),
  };
}

// ---------------------------------------------------------------------------------------------
// STEP 4 holds and STEP 5 council votes
// ---------------------------------------------------------------------------------------------

/**
 * The first day of the budget cycle of a fiscal year: the day its plans start to be drafted in
 * the year before (the planning phase, September), so that a proposal held "until the budget of
 * FY N" comes back in time to enter it.
 */
export function budgetCycleStart(
  fiscalYear: number,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): string {
  const planning = PHASES.find((p) => p.phase === 'planning')?.months[0] ?? 9;
  const year = yearOfMonthInFiscalYear(fiscalYear - 1, planning, settings);
  return makeDate(year, planning, 1);
}

/** What a council vote is about. */
export type CouncilVoteKind = 'budget' | 'ordinance' | 'both';

/**
 * The council session that can still take a vote decided on `date`: the first session that
 * starts after `leadMonths` whole months following the month of the decision (a bill is
 * prepared before the session opens: decided in April, June is too close, September is it). A new
 * budget for the initial budget of `budgetFiscalYear` goes to the session that passes that
 * initial budget (February–March of the year before), if it is still ahead.
 */
export function suggestCouncilSession(
  date: string,
  options: { kind: CouncilVoteKind; budgetFiscalYear?: number | null; leadMonths?: number },
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): CouncilSession {
  const leadMonths = options.leadMonths ?? 2;
  const { year, month } = parseDate(date);
  const earliest = makeDate(year, month + leadMonths + 1, 1).slice(0, 7);
  const fy = fiscalYearOf(date, settings);
  const candidates = [fy, fy + 1, fy + 2, fy + 3].flatMap((y) => councilSessionsOf(y, settings));
  const wantsInitialBudget =
    options.kind !== 'ordinance' &&
    options.budgetFiscalYear !== null &&
    options.budgetFiscalYear !== undefined;
  if (wantsInitialBudget) {
    const passing = councilSessionsOf(options.budgetFiscalYear! - 1, settings).find(
      (s) => s.passesInitialBudget,
    );
    if (passing && passing.startMonth >= earliest) {
      return passing;
    }
  }
  const session = candidates.find((s) => s.startMonth >= earliest);
  if (!session) {
    throw new RangeError('No council session found');
  }
  return session;
}

/** The council session that starts in `month` (`YYYY-MM`), or null when none does. */
export function councilSessionStartingIn(
  month: string,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): CouncilSession | null {
  if (!/^\d{4}-\d{2}$/.test(month) || !isValidDate(`${month}-01`)) {
    return null;
  }
  const fy = fiscalYearOf(`${month}-01`, settings);
  return (
    [...councilSessionsOf(fy, settings), ...councilSessionsOf(fy + 1, settings)].find(
      (s) => s.startMonth === month,
    ) ?? null
  );
}
