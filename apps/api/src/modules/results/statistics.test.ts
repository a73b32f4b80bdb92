import { describe, expect, it } from 'vitest';
import {
  cell,
  computeStatistics,
  enteredStep,
  median,
  share,
  type StatisticsProposal,
} from './statistics';

// Dates and business days worked out by hand on the 2026 calendar (23 November is a holiday).

describe('suppression of small cells', () => {
  it.each([
    [0, 0],
    [1, '<5'],
    [4, '<5'],
    [5, 5],
    [120, 120],
  ] as const)('%i proposals are published as %s', (count, shown) => {
    expect(cell(count)).toBe(shown);
  });

  it.each([
    [[3, 1, 2, 5], null],
    [[3, 1, 2, 5, 4], 3],
    [[10, 2, 4, 8, 6, 12], 7],
    [[1, 1, 1, 2, 2, 2], 1.5],
  ])('the median of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it.each([
    [4, 4, null],
    [4, 5, 0.8],
    [2, 3, null],
    [1, 3 * 3, 0.111],
  ])('%i of %i is a share of %s', (part, whole, expected) => {
    expect(share(part, whole)).toBe(expected);
  });
});

/** A proposal submitted on `on` that goes through the given transitions. */
function proposal(
  kind: 'theme' | 'free',
  on: string,
  transitions: Array<[action: string, from: string | null, to: string, on: string]>,
  extra: Partial<StatisticsProposal> = {},
): StatisticsProposal {
  return {
    kind,
    submittedOn: on,
    transferCount: 0,
    declineReasonCodes: null,
    transitions: transitions.map(([action, fromStatus, toStatus, date]) => ({
      action: action as never,
      fromStatus: fromStatus as never,
      toStatus: toStatus as never,
      on: date,
    })),
    ...extra,
  };
}

/** Submitted Monday 2 November 2026, accepted for routing after `checkDays` business days… */
function adopted(checkDays: '2026-11-04' | '2026-11-20', kind: 'theme' | 'free' = 'free') {
  return proposal(kind, '2026-11-02', [
    ['submit', 'draft', 'submitted', '2026-11-02'],
    ['accept_for_routing', 'submitted', 'routing', checkDays],
    ['route', 'routing', 'awaiting_department', checkDays],
    ['accept_assignment', 'awaiting_department', 'nda', '2026-11-24'],
    ['send_to_review', 'dialogue', 'internal_review', '2026-12-01'],
    ['adopt', 'internal_review', 'agreement', '2026-12-08'],
  ]);
}

describe('computeStatistics', () => {
  const declinedAtCheck = (reasons: string[]) =>
    proposal(
      'free',
      '2026-11-02',
      [
        ['submit', 'draft', 'submitted', '2026-11-02'],
        ['decline', 'submitted', 'declined', '2026-11-05'],
      ],
      { declineReasonCodes: reasons as never },
    );
  const declinedAtDecision = proposal(
    'free',
    '2026-11-02',
    [
      ['submit', 'draft', 'submitted', '2026-11-02'],
      ['accept_for_routing', 'submitted', 'routing', '2026-11-04'],
      ['route', 'routing', 'awaiting_department', '2026-11-04'],
      ['accept_assignment', 'awaiting_department', 'nda', '2026-11-24'],
      ['send_to_review', 'dialogue', 'internal_review', '2026-12-01'],
      ['decline', 'internal_review', 'declined', '2026-12-03'],
    ],
    { declineReasonCodes: ['fiscal_burden'], transferCount: 1 },
  );
  const proposals = [
    adopted('2026-11-04'),
    adopted('2026-11-04'),
    adopted('2026-11-04'),
    adopted('2026-11-04'),
    adopted('2026-11-20'),
    adopted('2026-11-04', 'theme'),
    declinedAtDecision,
    declinedAtCheck(['procurement_request']),
    declinedAtCheck(['procurement_request', 'not_co_creation']),
  ];
  const stats = computeStatistics({
    proposals,
    fiscalYear: 2026,
    fiscalYears: [2025, 2026],
    computedAt: new Date('2026-12-10T00:00:00Z'),
    firstCheckBusinessDays: 10,
  });

  it('counts what was received, by kind and month, suppressing small cells', () => {
    expect(stats.received).toEqual({
      total: 9,
      byKind: [
        { kind: 'theme', count: '<5' },
        { kind: 'free', count: 8 },
      ],
      byMonth: [{ month: '2026-11', count: 9 }],
    });
    expect(stats.fiscalYears).toEqual([2026, 2025]);
  });

  it('counts the proposals that reached each STEP', () => {
    expect(stats.reachedStep).toEqual([
      { step: 2, count: 9 },
      { step: 3, count: 7 },
      { step: 4, count: 7 },
      { step: 5, count: 6 },
      { step: 6, count: 0 },
    ]);
    expect(enteredStep(declinedAtDecision, 5)).toBeNull();
  });

  it('gives the median business days of each STEP finished by enough proposals', () => {
    // STEP 2: 2 November → 24 November: 14 business days (4–6, 9–13, 16–20, 24; 3 and 23
    // November are holidays).
    // STEP 3: 24 November → 1 December: 5. STEP 4: 1 → 8 December: 5 (declined: not finished).
    expect(stats.medianBusinessDays).toEqual([
      { step: 2, median: 14, proposals: 7 },
      { step: 3, median: 5, proposals: 7 },
      { step: 4, median: 5, proposals: 6 },
      { step: 5, median: null, proposals: 0 },
      { step: 6, median: null, proposals: 0 },
    ]);
  });

  it('measures the first check against its promise', () => {
    // 2 → 4 November: 1 business day (3 is a holiday); 2 → 20 November: 13; 2 → 5: 2.
    expect(stats.firstCheck).toEqual({
      targetBusinessDays: 10,
      checked: 9,
      medianBusinessDays: 1,
      withinTarget: 0.889,
    });
  });

  it('gives the adoption rate by kind and the reasons of each no by STEP', () => {
    expect(stats.adoption).toEqual([
      { kind: 'theme', decided: '<5', adopted: '<5', rate: null },
      { kind: 'free', decided: 6, adopted: 5, rate: 0.833 },
    ]);
    const reasons = Object.fromEntries(
      stats.declineReasons.map((r) => [r.code, [r.step2, r.step4]]),
    );
    expect(reasons.procurement_request).toEqual(['<5', 0]);
    expect(reasons.fiscal_burden).toEqual([0, '<5']);
    expect(reasons.duplicate).toEqual([0, 0]);
    expect(stats.transfers).toEqual({ none: 6, once: '<5', more: 0 });
  });
});
