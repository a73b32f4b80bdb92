import { expect, it } from 'vitest';
import { evaluationInputSchema, type Evaluation } from '@kyoso/contracts/evaluations';
import { fieldLabel } from '@kyoso/i18n/validation';
import {
  emptyOutcome,
  evaluationRequest,
  evaluationValues,
  fromPercent,
  previewSroi,
  toNumber,
  toPercent,
} from './evaluation-values';

const KPI = '0b5c1d9e-8f0a-4c39-9a39-3c8f6d9e0c11';
const OTHER = '1c6d2eaf-9a1b-4d4a-8b4a-4d9a7eaf1d22';

it.each([
  ['4', 0.04],
  ['12.5', 0.125],
  ['０', 0],
  ['', undefined],
])('reads the percentage %j as a fraction', (text, expected) => {
  expect(fromPercent(text)).toBe(expected);
});

it.each([
  [0.04, '4'],
  [0.125, '12.5'],
  [0.3, '30'],
  [0.07, '7'],
])('shows the fraction %j as a percentage', (fraction, expected) => {
  expect(toPercent(fraction)).toBe(expected);
});

it('reads numbers as people type them', () => {
  expect(toNumber('6,000,000')).toBe(6_000_000);
  expect(toNumber('')).toBeUndefined();
  expect(toNumber('x')).toBeNaN();
});

const previous: Evaluation = {
  version: 1,
  achievements: [{ kpiId: KPI, kpiName: '搬送件数', achievement: 'partly', comment: '8割' }],
  whatWorked: 'w',
  whatDidNot: 'd',
  cityComment: '',
  proposerComment: '',
  proposerCommentedAt: null,
  nextStage: 'continue',
  nextStageReason: 'r',
  sroi: {
    input: {
      investmentYen: 1000,
      discountRate: 0.035,
      outcomes: [
        {
          name: 'o',
          quantity: 10,
          financialProxyYen: 100,
          deadweight: 0.1,
          displacement: 0,
          attribution: 0.25,
          dropOff: 0,
          durationYears: 2,
        },
      ],
    },
    result: { presentValueYen: 0, netPresentValueYen: 0, ratio: null, byYear: [], byOutcome: [] },
  },
  recordedAt: '2026-11-01T00:00:00Z',
  recordedBy: null,
};

it('starts a new version from the current one, with a row for every KPI of the project', () => {
  const values = evaluationValues(previous, [
    { id: KPI, name: '搬送件数' },
    { id: OTHER, name: '不安の割合' },
  ]);
  expect(values.achievements).toEqual([
    { kpiId: KPI, kpiName: '搬送件数', achievement: 'partly', comment: '8割' },
    { kpiId: OTHER, kpiName: '不安の割合', achievement: '', comment: '' },
  ]);
  expect(values.discountRate).toBe('3.5');
  expect(values.outcomes[0]).toMatchObject({ attribution: '25', deadweight: '10' });
  const request = evaluationRequest(
    { ...values, achievements: values.achievements.map((a) => ({ ...a, achievement: 'met' })) },
    1,
  );
  expect(evaluationInputSchema.safeParse(request).success).toBe(true);
  expect(request.sroi?.discountRate).toBe(0.035);
});

it('asks for every KPI’s achievement and the next stage, naming the field', () => {
  const values = evaluationValues(null, [{ id: KPI, name: '搬送件数' }]);
  expect(values.withSroi).toBe(false);
  expect(values.discountRate).toBe('4');
  const result = evaluationInputSchema.safeParse(evaluationRequest(values, 0));
  const paths = result.error?.issues.map((i) => i.path.join('.'));
  expect(paths).toEqual(
    expect.arrayContaining([
      'achievements.0.achievement',
      'whatWorked',
      'whatDidNot',
      'nextStage',
      'nextStageReason',
    ]),
  );
  expect(evaluationRequest(values, 0).sroi).toBeNull();
  expect(fieldLabel('achievements.0.achievement', 'ja')).toBe('KPIの達成状況');
  // An outcome's name is not a person's name.
  expect(fieldLabel('sroi.outcomes.3.name', 'ja')).toBe('アウトカムの名前');
});

it('previews the SROI only once the figures are complete', () => {
  const base = evaluationValues(null, []);
  expect(previewSroi(base)).toBeNull();
  const withSroi = { ...base, withSroi: true };
  expect(previewSroi(withSroi)).toBeNull();
  const result = previewSroi({
    ...withSroi,
    investmentYen: '1,000,000',
    outcomes: [
      { ...emptyOutcome(), name: '搬送の減少', quantity: '10', financialProxyYen: '200000' },
    ],
  });
  expect(result?.ratio).toBeCloseTo(2 / 1.04, 2);
});
