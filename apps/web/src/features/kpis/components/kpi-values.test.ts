import { expect, it } from 'vitest';
import { kpisInputSchema, logicModelInputSchema } from '@kyoso/contracts/kpis';
import { fieldLabel } from '@kyoso/i18n/validation';
import {
  columnError,
  emptyKpiRow,
  kpiRows,
  kpisRequest,
  leadingNumber,
  linesToItems,
  logicModelRequest,
  logicModelValues,
  parseNumber,
  rowsFromProposal,
} from './kpi-values';

it.each([
  ['12', 12],
  ['１２', 12],
  ['1,200', 1200],
  [' 0.5 ', 0.5],
  ['-3', -3],
  ['', undefined],
  ['  ', undefined],
  ['abc', Number.NaN],
])('reads the number %j', (text, expected) => {
  expect(parseNumber(text)).toBe(expected);
});

it.each([
  ['6件/月', '6'],
  ['月1,200人', '1200'],
  ['３０％以下', '30'],
  ['減らす', ''],
])('takes the number out of the proposed target %j', (text, expected) => {
  expect(leadingNumber(text)).toBe(expected);
});

it('edits the logic model one item a line, and sends what the contract accepts', () => {
  const values = logicModelValues({
    inputs: ['看護師チーム', '端末'],
    activities: [],
    outputs: ['相談件数'],
    outcomes: [],
    impact: [],
    version: 2,
    updatedAt: null,
    updatedBySide: null,
  });
  expect(values.inputs).toBe('看護師チーム\n端末');
  expect(linesToItems(' a \n\n b\r\n')).toEqual(['a', 'b']);
  const request = logicModelRequest({ ...values, impact: '安心して夜を過ごせる\n' }, 2);
  expect(request).toMatchObject({
    inputs: ['看護師チーム', '端末'],
    impact: ['安心して夜を過ごせる'],
  });
  expect(logicModelInputSchema.safeParse(request).success).toBe(true);
  expect(logicModelValues(null).outputs).toBe('');
});

it('shows an error of one item at its column', () => {
  expect(columnError({ 'outputs.3': 'too long' }, 'outputs')).toBe('too long');
  expect(columnError({ 'outputs.3': 'too long' }, 'outcomes')).toBeUndefined();
});

it('keeps the id of an existing KPI and none for a new one', () => {
  const rows = [
    ...kpiRows([
      {
        id: '0b5c1d9e-8f0a-4c39-9a39-3c8f6d9e0c11',
        name: '搬送件数',
        unit: '件/月',
        baseline: 12,
        target: 6,
        period: 'monthly',
        source: '施設の記録',
        startsOn: '2026-05-01',
        periods: [],
      },
    ]),
    {
      ...emptyKpiRow('2026-05-01'),
      name: '不安の割合',
      unit: '%',
      baseline: '68',
      target: '30',
      source: 'アンケート',
    },
  ];
  const request = kpisRequest(rows, 3);
  expect(request.kpis[0]).toMatchObject({
    id: '0b5c1d9e-8f0a-4c39-9a39-3c8f6d9e0c11',
    baseline: 12,
  });
  expect(request.kpis[1]).not.toHaveProperty('id');
  expect(request.expectedVersion).toBe(3);
  expect(kpisInputSchema.safeParse(request).success).toBe(true);
});

it('refuses a KPI without its figures, naming the field', () => {
  const result = kpisInputSchema.safeParse(kpisRequest([emptyKpiRow()], 0));
  expect(result.success).toBe(false);
  const paths = result.error?.issues.map((i) => i.path.join('.'));
  expect(paths).toEqual(
    expect.arrayContaining(['kpis.0.name', 'kpis.0.baseline', 'kpis.0.target', 'kpis.0.startsOn']),
  );
  // The error summary names the field of every row.
  expect(fieldLabel('kpis.0.baseline', 'ja')).toBe('KPIの基準値');
  expect(fieldLabel('kpis.2.startsOn', 'ja')).toBe('KPIの最初の期間の開始日');
  expect(fieldLabel('outcomes.1', 'ja')).toBe('アウトカム（成果）');
});

it('starts a KPI set from the proposal', () => {
  expect(rowsFromProposal([{ name: '夜間の搬送', target: '月6件以下' }], '2026-12-01')).toEqual([
    { ...emptyKpiRow('2026-12-01'), name: '夜間の搬送', target: '6' },
  ]);
});
