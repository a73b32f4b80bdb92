/**
 * The logic model and the KPIs as part of the case: who may edit them, report and verify; both
 * sides see them (with each KPI's periods, due dates and reports) from adoption on; the next
 * report due is the clock of STEP 6 while the project runs.
 */
import { tokyoDate } from '@kyoso/calendar/dates';
import type { ServiceLevels } from '@kyoso/contracts/service-levels';
import { recordsMessages } from '@kyoso/i18n/catalogues/records';
import { textOf, translator, type PerLanguage } from '@kyoso/i18n/core';
import { formatYearMonth } from '@kyoso/i18n/format';
import { agreementOf } from '../agreements/agreements.case';
import { defineCasePlugin, type CaseAccess, type CaseEvent } from '../proposals/proposals.case';
import { serviceLevelsFrom } from '../settings/settings.service';
import { excerpt } from '../shared/text';
import { KPI_VISIBLE_STATUSES, kpiPermissions } from './kpis.policies';
import { presentKpi, presentLogicModel } from './kpis.presenter';
import { kpiStateSql, type KpiState } from './kpis.repository';

const EMPTY: KpiState = { logicModel: null, kpis: [], version: 0, levels: null };

/** A section of the proposal the reader may see, as lines of a logic model column. */
function linesOf(access: CaseAccess, section: 'cityRole' | 'companyRole' | 'solution' | 'impact') {
  const p = access.proposal;
  const hidden = p.confidentialSections.includes(section) && !access.seesConfidential;
  const value = p[section];
  return !hidden && value ? [excerpt(value, 290)] : [];
}

/** The logic model's first draft, from the proposal: roles, solution, KPIs and impact. */
function draftFromProposal(access: CaseAccess) {
  const p = access.proposal;
  const kpisHidden = p.confidentialSections.includes('kpis') && !access.seesConfidential;
  return {
    inputs: [...linesOf(access, 'cityRole'), ...linesOf(access, 'companyRole')],
    activities: linesOf(access, 'solution'),
    outputs: kpisHidden ? [] : (p.kpis ?? []).map((k) => excerpt(`${k.name}：${k.target}`, 290)),
    outcomes: linesOf(access, 'impact'),
    impact: [],
  };
}

/** The KPIs with their periods, and the logic model, as the case shows them. */
export function kpisViewFor(access: CaseAccess, now: Date) {
  const state = kpisOf(access);
  if (!KPI_VISIBLE_STATUSES.includes(access.proposal.status)) {
    return { kpis: [], kpiVersion: state.version, logicModel: null };
  }
  const context = {
    agreementEndsOn: agreementOf(access).current?.endsOn ?? null,
    levels: serviceLevelsFrom(state.levels),
    today: tokyoDate(now),
  };
  return {
    kpis: state.kpis.map((kpi) => presentKpi(kpi, context)),
    kpiVersion: state.version,
    logicModel: presentLogicModel(state.logicModel, draftFromProposal(access)),
  };
}

/** The earliest day a report is due among periods not yet reported. */
function nextReportDue(access: CaseAccess, levels: ServiceLevels): string | null {
  const context = {
    agreementEndsOn: agreementOf(access).current?.endsOn ?? null,
    levels,
    today: '',
  };
  const dues = kpisOf(access).kpis.flatMap((kpi) =>
    presentKpi(kpi, context)
      .periods.filter((p) => !p.report)
      .map((p) => p.dueOn),
  );
  return dues.sort()[0] ?? null;
}

/** A reporting period in words: `2026年8月`, or `2026年4月〜2026年6月` for a longer one. */
export function periodVar(periodStart: string, periodEnd: string | null): PerLanguage {
  return (language) => {
    const first = formatYearMonth(periodStart.slice(0, 7), language);
    if (!periodEnd || periodEnd.slice(0, 7) === periodStart.slice(0, 7)) {
      return first;
    }
    const last = formatYearMonth(periodEnd.slice(0, 7), language);
    return translator(recordsMessages, language)('kpi.periodRange', { first, last });
  };
}

type KpiEventKey =
  'event.kpi_reported' | 'event.kpi_verified' | 'event.kpi_questioned' | 'event.kpi_answered';

function kpiWords(key: KpiEventKey) {
  return (event: CaseEvent) => {
    const start = typeof event.data.periodStart === 'string' ? event.data.periodStart : '';
    // A monthly period that starts mid-month ends in the next month: named by its first month.
    const end = typeof event.data.periodEnd === 'string' ? event.data.periodEnd : null;
    const monthly = event.data.period === 'monthly';
    return textOf(recordsMessages, key, {
      kpi: typeof event.data.kpi === 'string' ? event.data.kpi : '',
      period: periodVar(start, monthly ? null : end),
    });
  };
}

export const kpisCase = defineCasePlugin<KpiState>({
  name: 'kpis',
  state: kpiStateSql,
  permissions: (_state, access) => kpiPermissions(access.relations, access.proposal.status),
  view: (_state, access, { now }) => {
    const { kpis, logicModel } = kpisViewFor(access, now);
    return { kpis, logicModel };
  },
  clockDue: (_state, access, levels) => nextReportDue(access, levels),
  events: {
    logic_model_updated: () => textOf(recordsMessages, 'event.logic_model_updated'),
    kpis_defined: (event) =>
      textOf(recordsMessages, 'event.kpis_defined', { count: Number(event.data.count ?? 0) }),
    kpi_reported: kpiWords('event.kpi_reported'),
    kpi_verified: kpiWords('event.kpi_verified'),
    kpi_questioned: kpiWords('event.kpi_questioned'),
    kpi_answered: kpiWords('event.kpi_answered'),
  },
});

/** The proposal's KPI state, as loaded with the case. */
export function kpisOf(access: CaseAccess): KpiState {
  return (access.states.get(kpisCase.name) as KpiState | undefined) ?? EMPTY;
}
