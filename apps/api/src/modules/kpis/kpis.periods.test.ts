import { describe, expect, it } from 'vitest';
import { addMonths, kpiPeriods, plannedValue, reportDueOn } from './kpis.periods';

// Expected values worked out by hand with a calendar of 2027 (holidays included).

describe('addMonths', () => {
  it.each([
    ['2027-01-15', 1, '2027-02-15'],
    ['2027-01-31', 1, '2027-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2027-04-01', 12, '2028-04-01'],
    ['2027-12-01', 1, '2028-01-01'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('kpiPeriods', () => {
  it.each([
    [
      '2027-01-01',
      'monthly',
      '2027-03-31',
      [
        ['2027-01-01', '2027-01-31'],
        ['2027-02-01', '2027-02-28'],
        ['2027-03-01', '2027-03-31'],
      ],
    ],
    [
      '2027-01-15',
      'monthly',
      '2027-02-15',
      [
        ['2027-01-15', '2027-02-14'],
        ['2027-02-15', '2027-03-14'],
      ],
    ],
    [
      '2027-04-01',
      'quarterly',
      '2028-03-31',
      [
        ['2027-04-01', '2027-06-30'],
        ['2027-07-01', '2027-09-30'],
        ['2027-10-01', '2027-12-31'],
        ['2028-01-01', '2028-03-31'],
      ],
    ],
    [
      '2027-04-01',
      'yearly',
      '2029-03-31',
      [
        ['2027-04-01', '2028-03-31'],
        ['2028-04-01', '2029-03-31'],
      ],
    ],
    ['2027-04-01', 'monthly', '2027-03-31', []],
  ] as const)('%s %s until %s', (startsOn, period, until, expected) => {
    expect(kpiPeriods(startsOn, period, until).map((p) => [p.periodStart, p.periodEnd])).toEqual(
      expected,
    );
  });

  it('stops at the limit of periods', () => {
    expect(kpiPeriods('2027-01-01', 'monthly', '2099-12-31')).toHaveLength(60);
  });
});

describe('reportDueOn', () => {
  it.each([
    // Sunday 31 January 2027 + 10 business days: 1–5 and 8–10 February, 12 (11 is a holiday), 15.
    ['2027-01-31', 10, '2027-02-15'],
    // Golden Week: 3–5 May 2027 are holidays; 6, 7, 10, 11, 12.
    ['2027-04-30', 5, '2027-05-12'],
    // The city is closed until 3 January: 4, 5, 6 January 2028.
    ['2027-12-31', 3, '2028-01-06'],
  ])('%s + %i business days = %s', (periodEnd, days, expected) => {
    expect(reportDueOn(periodEnd, days)).toBe(expected);
  });
});

describe('plannedValue', () => {
  it.each([
    [0, 100, 0, 4, 25],
    [0, 100, 3, 4, 100],
    [60, 30, 0, 3, 50],
    [10, 10, 1, 2, 10],
    [0, 1, 0, 3, 0.33],
    [5, 8, 0, 0, 8],
  ])('from %d to %d, period %i of %i: %d', (baseline, target, index, count, expected) => {
    expect(plannedValue(baseline, target, index, count)).toBe(expected);
  });
});
