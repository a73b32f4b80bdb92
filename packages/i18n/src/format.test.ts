import { beforeAll, describe, expect, it } from 'vitest';
import {
  eraOf,
  formatDate,
  formatDateTime,
  formatFiscalYear,
  formatYearMonth,
  formatYen,
  formatBusinessDays,
} from './format';
import { loadAllCatalogues } from './server';

beforeAll(() => loadAllCatalogues());

describe('dates', () => {
  it.each([
    ['2026-11-22', 'ja', 'long', '2026年11月22日（日）'],
    ['2026-11-22', 'en', 'long', 'Sun 22 Nov 2026'],
    ['2026-11-22', 'easy', 'long', '2026年11月22日（日ようび）'],
    ['2026-11-22', 'ja', 'short', '2026年11月22日'],
    ['2026-11-22', 'ja', 'era', '令和8年11月22日（日）'],
    ['2019-05-01', 'ja', 'era', '令和元年5月1日（水）'],
    ['2019-04-30', 'ja', 'era', '平成31年4月30日（火）'],
    ['2027-01-12', 'ja', 'long', '2027年1月12日（火）'],
    ['2027-01-12', 'en', 'short', '12 Jan 2027'],
  ] as const)('%s in %s (%s)', (date, language, style, expected) => {
    expect(formatDate(date, language, style)).toBe(expected);
  });

  it('writes nothing for no date', () => {
    expect(formatDate(null, 'ja')).toBe('');
  });

  it('knows the eras', () => {
    expect(eraOf('2026-04-01')).toEqual({ era: 'reiwa', year: 8 });
    expect(eraOf('1989-01-07')).toBeNull();
  });

  it('shows instants in Japan’s time whatever the server’s zone', () => {
    // 2026-11-22 23:30 UTC is 2026-11-23 08:30 in Tokyo.
    expect(formatDateTime('2026-11-22T23:30:00Z', 'ja')).toBe('2026年11月23日（月） 08:30');
    expect(formatDateTime('2026-11-22T23:30:00Z', 'en')).toBe('Mon 23 Nov 2026, 08:30 (JST)');
  });

  it('writes months', () => {
    expect(formatYearMonth('2027-04', 'ja')).toBe('2027年4月');
    expect(formatYearMonth('2027-04', 'en')).toBe('Apr 2027');
  });
});

describe('fiscal years, amounts, business days', () => {
  it.each([
    [2026, 'ja', '令和8年度（2026年度）'],
    [2019, 'ja', '令和元年度（2019年度）'],
    [2018, 'ja', '平成30年度（2018年度）'],
    [2026, 'en', 'FY2026'],
  ] as const)('FY%i in %s', (fy, language, expected) => {
    expect(formatFiscalYear(fy, language)).toBe(expected);
  });

  it('writes yen with grouping', () => {
    expect(formatYen(1200000, 'ja')).toBe('1,200,000円');
    expect(formatYen(1200000, 'en')).toBe('¥1,200,000');
  });

  it('counts business days', () => {
    expect(formatBusinessDays(10, 'ja')).toBe('10営業日');
    expect(formatBusinessDays(1, 'en')).toBe('1 business day');
    expect(formatBusinessDays(5, 'en')).toBe('5 business days');
  });
});
