import { describe, expect, it } from 'vitest';
import {
  casesFiltersFrom,
  casesParamsOf,
  hasCasesFilter,
  pageCount,
  statisticsParamsOf,
  statisticsYearFrom,
  withCasesFilter,
} from './results-query';

const BUREAU = 'f5197765-dcb8-439c-9bdb-5bb23e062448';
const from = (search: string) => casesFiltersFrom(new URLSearchParams(search));

describe('the cases list in the address bar', () => {
  it.each([
    ['', { page: 1 }],
    [
      `q=%E8%A6%8B%E5%AE%88%E3%82%8A&field=${BUREAU}&year=2026&stage=running&page=3`,
      { q: '見守り', bureauId: BUREAU, fiscalYear: 2026, stage: 'running', page: 3 },
    ],
    // What the API would refuse is left out: the visitor gets the unfiltered list.
    ['field=not-an-id&year=1999&stage=secret&page=-2', { page: 1 }],
    ['year=20261&page=abc', { page: 1 }],
    ['q=%20%20', { page: 1 }],
    ['page=0', { page: 1 }],
  ])('%j reads as %j', (search, expected) => {
    const filters = from(search);
    expect(Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined))).toEqual(
      expected,
    );
  });

  it('cuts a search longer than the API takes', () => {
    expect(from(`q=${'あ'.repeat(150)}`).q).toHaveLength(100);
  });

  it('writes only what is set, and reads back what it wrote', () => {
    const filters = { q: '公園', fiscalYear: 2025, page: 2 } as const;
    const params = casesParamsOf(filters);
    expect(params.toString()).toBe('q=%E5%85%AC%E5%9C%92&year=2025&page=2');
    expect(casesFiltersFrom(params)).toMatchObject(filters);
    expect(casesParamsOf({ page: 1 }).toString()).toBe('');
  });

  it('goes back to the first page when a filter changes, and clears a filter set to empty', () => {
    const filters = from(`year=2026&stage=completed&page=4`);
    expect(withCasesFilter(filters, 'stage', 'running')).toMatchObject({
      fiscalYear: 2026,
      stage: 'running',
      page: 1,
    });
    expect(withCasesFilter(filters, 'fiscalYear', '')).toEqual({
      q: undefined,
      bureauId: undefined,
      fiscalYear: undefined,
      stage: 'completed',
      page: 1,
    });
    expect(withCasesFilter(filters, 'bureauId', BUREAU).bureauId).toBe(BUREAU);
  });

  it('knows when the list is filtered', () => {
    expect(hasCasesFilter(from(''))).toBe(false);
    expect(hasCasesFilter(from('page=2'))).toBe(false);
    expect(hasCasesFilter(from('stage=running'))).toBe(true);
  });

  it.each([
    [0, 20, 1],
    [20, 20, 1],
    [21, 20, 2],
  ])('%d cases at %d a page make %d pages', (total, size, pages) => {
    expect(pageCount(total, size)).toBe(pages);
  });
});

describe('the statistics year in the address bar', () => {
  it.each([
    ['', null],
    ['year=2026', 2026],
    ['year=all', null],
    ['year=3000', null],
  ])('%j is %j', (search, year) => {
    expect(statisticsYearFrom(new URLSearchParams(search))).toBe(year);
  });

  it('writes a year, or nothing for every year', () => {
    expect(statisticsParamsOf(2026).toString()).toBe('year=2026');
    expect(statisticsParamsOf(null).toString()).toBe('');
  });
});
