import type { KpiReport, KpiView, LogicModel } from '@kyoso/contracts/kpis';
import type { ServiceLevels } from '@kyoso/contracts/service-levels';
import { isoTimestamp } from '../shared/sql';
import { kpiPeriods, plannedValue, reportDueOn } from './kpis.periods';
import type { KpiRecord, KpiReportRecord, LogicModelRecord } from './kpis.repository';
import { addMonths } from './kpis.periods';
import { addDays } from '@kyoso/calendar/dates';

export function presentReport(r: KpiReportRecord): KpiReport {
  return {
    id: r.id,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    actual: Number(r.actual),
    comment: r.comment,
    status: r.status,
    file: r.fileName ? { fileName: r.fileName, sizeBytes: Number(r.fileSize ?? 0) } : null,
    reportedAt: isoTimestamp(r.reportedAt)!,
    review: r.review,
    reviewedAt: isoTimestamp(r.reviewedAt),
    answer: r.answer,
    answeredAt: isoTimestamp(r.answeredAt),
  };
}

/** The last day a KPI is reported on: the agreement's end, or a year after its first period. */
export function reportingUntil(kpi: Pick<KpiRecord, 'startsOn'>, agreementEndsOn: string | null) {
  return agreementEndsOn ?? addDays(addMonths(kpi.startsOn, 12), -1);
}

/** A KPI with its periods: when each report is due, the value planned and the report, if any. */
export function presentKpi(
  kpi: KpiRecord,
  context: { agreementEndsOn: string | null; levels: ServiceLevels; today: string },
): KpiView {
  const periods = kpiPeriods(
    kpi.startsOn,
    kpi.period,
    reportingUntil(kpi, context.agreementEndsOn),
  );
  const reports = new Map(kpi.reports.map((r) => [r.periodStart, r]));
  return {
    id: kpi.id,
    name: kpi.name,
    unit: kpi.unit,
    baseline: Number(kpi.baseline),
    target: Number(kpi.target),
    period: kpi.period,
    source: kpi.source,
    startsOn: kpi.startsOn,
    periods: periods.map((p, index) => {
      const report = reports.get(p.periodStart);
      const dueOn = reportDueOn(p.periodEnd, context.levels.kpiReportBusinessDays);
      return {
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        dueOn,
        plannedValue: plannedValue(Number(kpi.baseline), Number(kpi.target), index, periods.length),
        report: report ? presentReport(report) : null,
        overdue: !report && dueOn < context.today,
      };
    }),
  };
}

/** The logic model as saved, or version 0 started from the proposal when nobody saved one yet. */
export function presentLogicModel(
  saved: LogicModelRecord | null,
  draft: Omit<LogicModel, 'version' | 'updatedAt' | 'updatedBySide'>,
): LogicModel {
  if (!saved) {
    return { ...draft, version: 0, updatedAt: null, updatedBySide: null };
  }
  return {
    inputs: saved.inputs,
    activities: saved.activities,
    outputs: saved.outputs,
    outcomes: saved.outcomes,
    impact: saved.impact,
    version: saved.version,
    updatedAt: isoTimestamp(saved.createdAt),
    updatedBySide: saved.updatedSide,
  };
}
