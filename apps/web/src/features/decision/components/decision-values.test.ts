import { describe, expect, it } from 'vitest';
import {
  decisionInputSchema,
  type DecisionGuide,
  type DecisionView,
} from '@kyoso/contracts/decisions';
import {
  budgetYearOptions,
  currentFiscalYear,
  parseYen,
  toDecisionRequest,
  toDecisionValues,
  type DecisionValues,
} from './decision-values';

// 20 November 2026: after the 31 October cutoff of FY2026, so new money goes to FY2028 at the
// earliest (as the e2e server's fixed day).
const guide: DecisionGuide = {
  today: '2026-11-20',
  earliestBudgetFiscalYear: 2028,
  afterCutoff: true,
  cutoffDate: '2026-10-31',
  budgetCycles: [
    { fiscalYear: 2028, startsOn: '2027-09-01' },
    { fiscalYear: 2029, startsOn: '2028-09-01' },
  ],
};

const filled: DecisionValues = {
  ...toDecisionValues(null, guide),
  outcome: 'adopt',
  fiscalBurden: 'none',
  fiscalExplanation: '市の費用負担はありません。',
  original: 'yes',
  originalityJustification: '独自の受信網を使います。',
  exclusiveUse: 'none',
  lawsExamined: '個人情報保護法',
  decisionBody: '保健福祉局 局議',
};

const recorded: DecisionView = {
  version: 3,
  outcome: 'hold',
  fiscalBurden: 'new_budget',
  fiscalAmountYen: 12_000_000,
  budgetFiscalYear: 2029,
  supplementaryBudget: false,
  fiscalExplanation: '通信費',
  original: false,
  originalityJustification: '他社もあり',
  exclusiveUse: 'partial',
  fairnessMeasure: '公募',
  lawsExamined: '道路法',
  conflictsFound: '',
  specialZones: '',
  decisionBody: '局議',
  decidedOn: '2026-11-18',
  holdKind: 'date',
  resumeOn: '2027-04-01',
  holdFiscalYear: null,
  declineReasonCodes: [],
  declineReason: '',
  recordedAt: '2026-11-18T01:00:00Z',
  takenAt: null,
  internalNotes: 'メモ',
  recordedBy: { name: '長寿 一郎' },
};

describe('the decision form starts', () => {
  it('empty, on today, with the calendar’s earliest budget year', () => {
    const values = toDecisionValues(null, guide);
    expect(values.outcome).toBe('');
    expect(values.decidedOn).toBe('2026-11-20');
    expect(values.budgetFiscalYear).toBe('2028');
  });

  it('from the latest version when revising it (a dated hold keeps its day)', () => {
    const values = toDecisionValues(recorded, guide);
    expect(values).toMatchObject({
      outcome: 'hold',
      fiscalAmountYen: '12000000',
      budgetFiscalYear: '2029',
      original: 'no',
      holdKind: 'date',
      holdUntil: '2027-04-01',
      holdFiscalYear: '',
      internalNotes: 'メモ',
    });
  });
});

describe('an amount of yen as typed', () => {
  it.each([
    ['', null],
    ['12000000', 12_000_000],
    ['12,000,000', 12_000_000],
    ['１２００万', '１２００万'],
    ['１２０００円', 12_000],
    ['¥ 5,000', 5_000],
    ['abc', 'abc'],
  ] as const)('%s → %s', (text, expected) => {
    expect(parseYen(text)).toBe(expected);
  });
});

describe('what the form sends', () => {
  it('is what the contract accepts for a complete adoption', () => {
    const body = toDecisionRequest(filled, 0);
    expect(decisionInputSchema.safeParse(body).success).toBe(true);
    expect(body).toMatchObject({ original: true, holdKind: null, declineReasonCodes: [] });
  });

  it.each<[string, Partial<DecisionValues>, Record<string, unknown>]>([
    [
      'no amount, year or supplementary budget without city money',
      { fiscalAmountYen: '100', budgetFiscalYear: '2028', supplementaryBudget: true },
      { fiscalAmountYen: null, budgetFiscalYear: null, supplementaryBudget: false },
    ],
    [
      'an amount, but no budget year, within the existing budget',
      { fiscalBurden: 'existing_budget', fiscalAmountYen: '3,000,000', budgetFiscalYear: '2028' },
      { fiscalAmountYen: 3_000_000, budgetFiscalYear: null },
    ],
    [
      'the amount, the year and the supplementary budget with new money',
      {
        fiscalBurden: 'new_budget',
        fiscalAmountYen: '5000000',
        budgetFiscalYear: '2026',
        supplementaryBudget: true,
      },
      { fiscalAmountYen: 5_000_000, budgetFiscalYear: 2026, supplementaryBudget: true },
    ],
    [
      'no fairness measure without exclusive use',
      { exclusiveUse: 'none', fairnessMeasure: '公募' },
      { fairnessMeasure: '' },
    ],
    [
      'the fairness measure with partial exclusive use',
      { exclusiveUse: 'partial', fairnessMeasure: '公募' },
      { fairnessMeasure: '公募' },
    ],
    [
      'no hold or decline parts when adopting',
      {
        holdKind: 'date',
        holdUntil: '2027-01-05',
        declineReasonCodes: ['other'],
        declineReason: 'x',
      },
      {
        holdKind: null,
        holdUntil: null,
        holdFiscalYear: null,
        declineReasonCodes: [],
        declineReason: '',
      },
    ],
    [
      'a hold until a date',
      { outcome: 'hold', holdKind: 'date', holdUntil: '2027-01-05', holdFiscalYear: '2028' },
      { holdKind: 'date', holdUntil: '2027-01-05', holdFiscalYear: null },
    ],
    [
      'a hold until a budget cycle',
      {
        outcome: 'hold',
        holdKind: 'budget_cycle',
        holdUntil: '2027-01-05',
        holdFiscalYear: '2028',
      },
      { holdKind: 'budget_cycle', holdUntil: null, holdFiscalYear: 2028 },
    ],
    [
      'a decline with its reasons',
      { outcome: 'decline', declineReasonCodes: ['fiscal_burden'], declineReason: '予算' },
      { declineReasonCodes: ['fiscal_burden'], declineReason: '予算' },
    ],
  ])('%s', (_name, change, expected) => {
    const body = toDecisionRequest({ ...filled, ...change }, 2);
    expect(body).toMatchObject({ ...expected, expectedVersion: 2 });
    expect(decisionInputSchema.safeParse(body).success).toBe(true);
  });

  it.each<[string, Partial<DecisionValues>, string]>([
    ['no outcome chosen', { outcome: '' }, 'outcome'],
    ['originality not chosen', { original: '' }, 'original'],
    ['new money without an amount', { fiscalBurden: 'new_budget' }, 'fiscalAmountYen'],
    [
      'an amount that is not a number',
      { fiscalBurden: 'new_budget', fiscalAmountYen: '多め' },
      'fiscalAmountYen',
    ],
    ['exclusive use without a fairness measure', { exclusiveUse: 'exclusive' }, 'fairnessMeasure'],
    ['a hold without its kind', { outcome: 'hold' }, 'holdKind'],
    ['a dated hold without its day', { outcome: 'hold', holdKind: 'date' }, 'holdUntil'],
    [
      'a decline without reasons',
      { outcome: 'decline', declineReason: '予算' },
      'declineReasonCodes',
    ],
    [
      'a decline without its text',
      { outcome: 'decline', declineReasonCodes: ['other'] },
      'declineReason',
    ],
  ])('%s is refused at the field', (_name, change, path) => {
    const parsed = decisionInputSchema.safeParse(toDecisionRequest({ ...filled, ...change }, 0));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });
});

describe('the fiscal years a new budget may go to', () => {
  it('this year is the one before the earliest, or two before after the cutoff', () => {
    expect(currentFiscalYear(guide)).toBe(2026);
    expect(currentFiscalYear({ earliestBudgetFiscalYear: 2027, afterCutoff: false })).toBe(2026);
  });

  it.each([
    ['the initial budget: from the earliest year', false, '', [2028, 2029, 2030]],
    ['a supplementary budget: from this year', true, '', [2026, 2027, 2028, 2029, 2030]],
    ['a year chosen before stays offered', false, '2026', [2026, 2028, 2029, 2030]],
  ] as const)('%s', (_name, supplementary, chosen, expected) => {
    expect(budgetYearOptions(guide, supplementary, chosen)).toEqual(expected);
  });
});
