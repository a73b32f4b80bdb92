/**
 * What the KPI forms hold (strings, as typed) and the requests they make, for the contract's
 * schemas to check. Pure.
 */
import {
  LOGIC_MODEL_COLUMNS,
  type KpiPeriod,
  type KpiView,
  type LogicModel,
  type LogicModelColumn,
} from '@kyoso/contracts/kpis';
import type { Kpi as ProposedKpi } from '@kyoso/contracts/proposals';

/**
 * A number as a person types it: full-width digits, thousands separators and spaces are fine;
 * an empty field is no number (the schema then says the value is required).
 */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.normalize('NFKC').replace(/[,\s]/g, '').replace(/^−/, '-');
  if (cleaned === '') {
    return undefined;
  }
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : Number.NaN;
}

/** The first number in a proposal's target text (「6件/月」 → 6), or '' when there is none. */
export function leadingNumber(text: string): string {
  const match = /-?\d+(?:[.,]\d+)*/.exec(text.normalize('NFKC'));
  return match ? match[0].replace(/,/g, '') : '';
}

/** One column of the logic model as a text area: one item a line. */
export type LogicModelValues = Record<LogicModelColumn, string>;

export function logicModelValues(model: LogicModel | null): LogicModelValues {
  return Object.fromEntries(
    LOGIC_MODEL_COLUMNS.map((column) => [column, (model?.[column] ?? []).join('\n')]),
  ) as LogicModelValues;
}

/** Lines into items: blank lines dropped, each line trimmed. */
export function linesToItems(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function logicModelRequest(values: LogicModelValues, expectedVersion: number) {
  return {
    ...(Object.fromEntries(
      LOGIC_MODEL_COLUMNS.map((column) => [column, linesToItems(values[column])]),
    ) as Record<LogicModelColumn, string[]>),
    expectedVersion,
  };
}

/** The first error of a column (an error on `outputs.3` is shown at the outputs field). */
export function columnError(
  errors: Record<string, string>,
  column: LogicModelColumn,
): string | undefined {
  return Object.entries(errors).find(
    ([path]) => path === column || path.startsWith(`${column}.`),
  )?.[1];
}

export type KpiRowValues = {
  /** '' for a new KPI. */
  id: string;
  name: string;
  unit: string;
  baseline: string;
  target: string;
  period: KpiPeriod | '';
  source: string;
  startsOn: string;
};

export function emptyKpiRow(startsOn = ''): KpiRowValues {
  return {
    id: '',
    name: '',
    unit: '',
    baseline: '',
    target: '',
    period: 'monthly',
    source: '',
    startsOn,
  };
}

export function kpiRows(kpis: readonly KpiView[]): KpiRowValues[] {
  return kpis.map((k) => ({
    id: k.id,
    name: k.name,
    unit: k.unit,
    baseline: String(k.baseline),
    target: String(k.target),
    period: k.period,
    source: k.source,
    startsOn: k.startsOn,
  }));
}

/** A first KPI set from the KPIs of the proposal: their names and the number in each target. */
export function rowsFromProposal(proposed: readonly ProposedKpi[], startsOn = ''): KpiRowValues[] {
  return proposed.map((k) => ({
    ...emptyKpiRow(startsOn),
    name: k.name,
    target: leadingNumber(k.target),
  }));
}

export function kpisRequest(rows: readonly KpiRowValues[], expectedVersion: number) {
  return {
    kpis: rows.map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      name: row.name,
      unit: row.unit,
      baseline: parseNumber(row.baseline),
      target: parseNumber(row.target),
      period: row.period === '' ? undefined : row.period,
      source: row.source,
      startsOn: row.startsOn,
    })),
    expectedVersion,
  };
}
