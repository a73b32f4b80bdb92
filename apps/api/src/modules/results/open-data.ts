/**
 * Open data: the public cases and the statistics as tables, with a dictionary of their columns
 * (from the `documents` catalogue, in Japanese and English) and their licence (CC BY 4.0). Pure
 * functions; the routes serve them as JSON and as CSV (UTF-8 with BOM, CRLF, every cell quoted,
 * formulas defused).
 */
import type { PublicCase, Statistics } from '@kyoso/contracts/results';
import { documentMessages } from '@kyoso/i18n/catalogues/documents';
import { textOf } from '@kyoso/i18n/core';
import type { CsvCell } from '../shared/csv';

export const OPEN_DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** A column of an open-data table: its name and what it holds, in Japanese and English. */
export type OpenDataColumn = { name: string; ja: string; en: string };

const CASE_COLUMN_NAMES = [
  'reference_number',
  'title',
  'summary',
  'kind',
  'theme',
  'department_ja',
  'department_en',
  'bureau_ja',
  'fiscal_year',
  'stage',
  'agreement_type',
  'starts_on',
  'ends_on',
  'next_stage',
  'kpis',
] as const;
const STATISTIC_COLUMN_NAMES = ['fiscal_year', 'metric', 'dimension', 'value'] as const;
const STATISTIC_METRIC_NAMES = [
  'received',
  'received_by_month',
  'reached_step',
  'median_business_days',
  'first_check_median_business_days',
  'first_check_within_target',
  'decided',
  'adopted',
  'adoption_rate',
  'decline_reason_step2',
  'decline_reason_step4',
  'transfers',
] as const;

function dictionary(
  prefix: 'openData.case' | 'openData.statistic' | 'openData.metric',
  names: readonly string[],
): OpenDataColumn[] {
  return names.map((name) => {
    const { ja, en } = textOf(documentMessages, `${prefix}.${name}` as 'openData.case.title');
    return { name, ja, en };
  });
}

export const CASE_COLUMNS = dictionary('openData.case', CASE_COLUMN_NAMES);
export const STATISTIC_COLUMNS = dictionary('openData.statistic', STATISTIC_COLUMN_NAMES);
/** The metrics of the statistics table, in the dictionary. */
export const STATISTIC_METRICS = dictionary('openData.metric', STATISTIC_METRIC_NAMES);

export function caseRows(cases: readonly PublicCase[]): CsvCell[][] {
  return [
    CASE_COLUMNS.map((c) => c.name),
    ...cases.map((c) => [
      c.referenceNumber,
      c.title,
      c.summary,
      c.kind,
      c.theme?.title ?? '',
      c.department?.name.ja ?? '',
      c.department?.name.en ?? '',
      c.bureau?.name.ja ?? '',
      c.fiscalYear,
      c.stage,
      c.agreementType ?? '',
      c.startsOn ?? '',
      c.endsOn ?? '',
      c.nextStage ?? '',
      c.kpis
        .map(
          (k) =>
            `${k.name}: ${k.baseline}→${k.target} ${k.unit} [${k.results.map((r) => r.actual).join(', ')}]`,
        )
        .join(' / '),
    ]),
  ];
}

export function statisticRows(s: Statistics): CsvCell[][] {
  const year = s.fiscalYear ?? '';
  const rows: CsvCell[][] = [STATISTIC_COLUMNS.map((c) => c.name)];
  const add = (metric: string, dimension: string | number, value: CsvCell) =>
    rows.push([year, metric, dimension, value ?? '']);
  add('received', 'total', s.received.total);
  for (const k of s.received.byKind) add('received', k.kind, k.count);
  for (const m of s.received.byMonth) add('received_by_month', m.month, m.count);
  for (const r of s.reachedStep) add('reached_step', r.step, r.count);
  for (const m of s.medianBusinessDays) add('median_business_days', m.step, m.median);
  add(
    'first_check_median_business_days',
    s.firstCheck.targetBusinessDays,
    s.firstCheck.medianBusinessDays,
  );
  add('first_check_within_target', s.firstCheck.targetBusinessDays, s.firstCheck.withinTarget);
  for (const a of s.adoption) {
    add('decided', a.kind, a.decided);
    add('adopted', a.kind, a.adopted);
    add('adoption_rate', a.kind, a.rate);
  }
  for (const d of s.declineReasons) {
    add('decline_reason_step2', d.code, d.step2);
    add('decline_reason_step4', d.code, d.step4);
  }
  add('transfers', 'none', s.transfers.none);
  add('transfers', 'once', s.transfers.once);
  add('transfers', 'more', s.transfers.more);
  return rows;
}
