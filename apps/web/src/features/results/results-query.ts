/**
 * The state of the public results pages, kept in the address bar so that a search or a year can
 * be bookmarked and shared: `/cases?q=見守り&field=<bureau id>&year=2026&stage=running&page=2`,
 * `/statistics?year=2026`. Pure: what the address says, checked, and the address of a change.
 */
import { PUBLIC_CASE_STAGES, type PublicCaseStage } from '@kyoso/contracts/result-constants';

/** What the cases list asks the API for (the names of `GET /api/public/cases`). */
export type CasesFilters = {
  q?: string;
  bureauId?: string;
  fiscalYear?: number;
  stage?: PublicCaseStage;
  page: number;
};

/** The address's names for each filter (short, readable in a shared link). */
export const CASES_PARAMS = {
  q: 'q',
  bureauId: 'field',
  fiscalYear: 'year',
  stage: 'stage',
  page: 'page',
} as const satisfies Record<keyof CasesFilters, string>;

export type CasesFilterKey = Exclude<keyof CasesFilters, 'page'>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_QUERY = 100;

/** A fiscal year the API accepts (2000–2100), or undefined. */
export function parseFiscalYear(value: string | null): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) {
    return undefined;
  }
  const year = Number(value);
  return year >= 2000 && year <= 2100 ? year : undefined;
}

function parsePage(value: string | null): number {
  if (!value || !/^\d{1,6}$/.test(value)) {
    return 1;
  }
  return Math.max(1, Number(value));
}

function parseStage(value: string | null): PublicCaseStage | undefined {
  return PUBLIC_CASE_STAGES.find((stage) => stage === value);
}

/**
 * The filters an address holds. Anything the API would refuse (a year out of range, a field that
 * is not an id, an unknown stage) is left out rather than shown as an error: a visitor who edits
 * the address gets the unfiltered list.
 */
export function casesFiltersFrom(params: URLSearchParams): CasesFilters {
  const q = params.get(CASES_PARAMS.q)?.trim().slice(0, MAX_QUERY);
  const bureauId = params.get(CASES_PARAMS.bureauId) ?? '';
  return {
    q: q || undefined,
    bureauId: UUID.test(bureauId) ? bureauId : undefined,
    fiscalYear: parseFiscalYear(params.get(CASES_PARAMS.fiscalYear)),
    stage: parseStage(params.get(CASES_PARAMS.stage)),
    page: parsePage(params.get(CASES_PARAMS.page)),
  };
}

/** The address of some filters: only what is set, page 1 left out. */
export function casesParamsOf(filters: CasesFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) {
    params.set(CASES_PARAMS.q, filters.q);
  }
  if (filters.bureauId) {
    params.set(CASES_PARAMS.bureauId, filters.bureauId);
  }
  if (filters.fiscalYear !== undefined) {
    params.set(CASES_PARAMS.fiscalYear, String(filters.fiscalYear));
  }
  if (filters.stage) {
    params.set(CASES_PARAMS.stage, filters.stage);
  }
  if (filters.page > 1) {
    params.set(CASES_PARAMS.page, String(filters.page));
  }
  return params;
}

/** The filters after a change of one of them: back to the first page. An empty value clears it. */
export function withCasesFilter(
  filters: CasesFilters,
  key: CasesFilterKey,
  value: string,
): CasesFilters {
  const next = new URLSearchParams(casesParamsOf({ ...filters, page: 1 }));
  if (value.trim()) {
    next.set(CASES_PARAMS[key], value.trim());
  } else {
    next.delete(CASES_PARAMS[key]);
  }
  return casesFiltersFrom(next);
}

/** Whether any filter narrows the list (the empty state then offers to clear them). */
export function hasCasesFilter(filters: CasesFilters): boolean {
  return Boolean(filters.q || filters.bureauId || filters.fiscalYear || filters.stage);
}

/** How many pages a total makes. */
export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** The fiscal year of the statistics page: `?year=2026`, or null for every year together. */
export function statisticsYearFrom(params: URLSearchParams): number | null {
  return parseFiscalYear(params.get('year')) ?? null;
}

/** The address of the statistics of a year (null: every year). */
export function statisticsParamsOf(fiscalYear: number | null): URLSearchParams {
  return new URLSearchParams(fiscalYear === null ? {} : { year: String(fiscalYear) });
}
