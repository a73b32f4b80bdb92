/**
 * The assessment of a submission date: the budget calendar plus the first-check due date in the
 * city's business days (which needs the national holiday data).
 */
import {
  DEFAULT_CALENDAR_SETTINGS,
  type CalendarAssessment,
  type CalendarSettings,
} from '@kyoso/contracts/calendar';
import { SCREENING_BUSINESS_DAYS } from '@kyoso/contracts/workflow';
import {
  calendarFlag,
  cutoffDateOf,
  earliestBudgetFiscalYear,
  fiscalYearLabel,
  fiscalYearOf,
  isAfterCutoff,
  nextCouncilSession,
  phaseOf,
} from './budget-calendar';
import { addBusinessDays } from './business-days';
import { textOf } from '@kyoso/i18n/core';
import { calendarMessages } from '@kyoso/i18n/catalogues/calendar';

/** The first-check due date: the 10th business day after the submission date. */
export function screeningDueDate(submittedOn: string): string {
  return addBusinessDays(submittedOn, SCREENING_BUSINESS_DAYS);
}

/** Everything the budget calendar says about a proposal submitted on `date`. */
export function assessSubmission(
  date: string,
  needsCityBudget: boolean,
  settings: CalendarSettings = DEFAULT_CALENDAR_SETTINGS,
): CalendarAssessment {
  const fy = fiscalYearOf(date, settings);
  const phase = phaseOf(date);
  const earliest = earliestBudgetFiscalYear(date, settings);
  return {
    date,
    fiscalYear: fy,
    fiscalYearLabel: fiscalYearLabel(fy),
    fiscalYearLabelEn: `FY${fy}`,
    phase: phase.phase,
    phaseLabel: textOf(calendarMessages, `phase.${phase.phase}.name`),
    afterCutoff: isAfterCutoff(date, settings),
    cutoffDate: cutoffDateOf(fy, settings),
    earliestBudgetFiscalYear: earliest,
    earliestBudgetFiscalYearLabel: fiscalYearLabel(earliest),
    screeningDueDate: screeningDueDate(date),
    nextCouncilSession: nextCouncilSession(date, settings),
    needsCityBudget,
    flag: calendarFlag(date, needsCityBudget, settings),
  };
}
