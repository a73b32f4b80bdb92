/**
 * Where each reporting period of a KPI stands, from the API's periods (due dates, overdue flag,
 * report) and the city's today: reported, not ended yet, due, or overdue. Pure.
 */
import type { KpiView } from '@kyoso/contracts/kpis';

export type KpiPeriod = KpiView['periods'][number];
export type PeriodState = 'reported' | 'upcoming' | 'due' | 'overdue';

export function periodState(period: KpiPeriod, today: string): PeriodState {
  if (period.report) {
    return 'reported';
  }
  if (period.overdue) {
    return 'overdue';
  }
  return period.periodEnd > today ? 'upcoming' : 'due';
}

/** The earliest due date among periods not yet reported (the API's clock of STEP 6). */
export function nextReportDue(kpis: readonly Pick<KpiView, 'periods'>[]): string | null {
  const dues = kpis.flatMap((kpi) => kpi.periods.filter((p) => !p.report).map((p) => p.dueOn));
  return dues.sort()[0] ?? null;
}

/** How many periods wait for a report: due (ended, not late yet) and overdue. */
export function openReports(
  kpis: readonly Pick<KpiView, 'periods'>[],
  today: string,
): { due: number; overdue: number } {
  let due = 0;
  let overdue = 0;
  for (const period of kpis.flatMap((k) => k.periods)) {
    const state = periodState(period, today);
    if (state === 'due') {
      due += 1;
    } else if (state === 'overdue') {
      overdue += 1;
    }
  }
  return { due, overdue };
}

/**
 * The periods worth a row: every one reported or ended, and the next one still running (the
 * later ones add nothing but length).
 */
export function shownPeriods(periods: readonly KpiPeriod[], today: string): KpiPeriod[] {
  const firstUpcoming = periods.findIndex((p) => periodState(p, today) === 'upcoming');
  return firstUpcoming === -1 ? [...periods] : periods.slice(0, firstUpcoming + 1);
}
