/**
 * The reporting periods of a KPI: pure functions. A monthly KPI starting on 2027-01-15 reports on
 * 15 Jan – 14 Feb, 15 Feb – 14 Mar, …; a quarterly one every three months; a yearly one every
 * twelve. A report is due a set number of the city's business days after its period ends, and the
 * value planned for each period lies on a straight line from the baseline to the target.
 */
import { addBusinessDays } from '@kyoso/calendar/business-days';
import { addDays, makeDate, parseDate } from '@kyoso/calendar/dates';
import { KPI_LIMITS, type KpiPeriod } from '@kyoso/contracts/kpis';

const MONTHS: Record<KpiPeriod, number> = { monthly: 1, quarterly: 3, yearly: 12 };

export type Period = { periodStart: string; periodEnd: string };

/** The day `months` months after `date` (the 31st becomes the month's last day). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = parseDate(date);
  const lastDay = parseDate(makeDate(year, month + months + 1, 0)).day;
  return makeDate(year, month + months, Math.min(day, lastDay));
}

/**
 * The periods from `startsOn` that begin on or before `until`, oldest first (at most
 * `KPI_LIMITS.maxPeriods`).
 */
export function kpiPeriods(startsOn: string, period: KpiPeriod, until: string): Period[] {
  const periods: Period[] = [];
  for (let i = 0; i < KPI_LIMITS.maxPeriods; i += 1) {
    const periodStart = addMonths(startsOn, i * MONTHS[period]);
    if (periodStart > until) {
      break;
    }
    const periodEnd = addDays(addMonths(startsOn, (i + 1) * MONTHS[period]), -1);
    periods.push({ periodStart, periodEnd });
  }
  return periods;
}

/** The day a period's report is due: `businessDays` business days after the period ends. */
export function reportDueOn(periodEnd: string, businessDays: number): string {
  return addBusinessDays(periodEnd, businessDays);
}

/** The value planned for period `index` (0-based) of `count`: from the baseline to the target. */
export function plannedValue(
  baseline: number,
  target: number,
  index: number,
  count: number,
): number {
  if (count <= 0) {
    return target;
  }
  const value = baseline + ((target - baseline) * (index + 1)) / count;
  return Math.round(value * 100) / 100;
}
