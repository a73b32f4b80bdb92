import { describe, expect, it } from 'vitest';
import { periodMonths, progressToTarget } from './case-values';

describe('periodMonths', () => {
  it.each([
    ['2026-05-01', '2026-05-31', ['2026-05']],
    ['2026-04-01', '2026-06-30', ['2026-04', '2026-06']],
    ['2026-12-01', '2027-02-28', ['2026-12', '2027-02']],
  ])('%s – %s reads as %j', (start, end, expected) => {
    expect(periodMonths(start, end)).toEqual(expected);
  });
});

describe('progressToTarget', () => {
  it.each([
    // Night-time emergency transport from 12 a month down to 6: 9 is half way.
    [12, 6, [11, 10, 9], 0.5],
    // Up from 68 % to 30 %? Down: 49 is half way exactly.
    [68, 30, [62, 55, 49], 0.5],
    [0, 100, [120], 1.2],
    [0, 100, [], null],
    [5, 5, [5], null],
  ])('baseline %d, target %d, results %j → %j', (baseline, target, actuals, expected) => {
    expect(
      progressToTarget(
        baseline,
        target,
        actuals.map((actual) => ({ actual })),
      ),
    ).toBe(expected);
  });
});
