import { describe, expect, it } from 'vitest';
import {
  handoverChoices,
  handoverLabel,
  newParentChoices,
  parentChoices,
  parseKeywords,
  treeOrder,
} from './department-tree';

const d = (
  id: string,
  parentId: string | null,
  level: 'bureau' | 'division' | 'section',
  extra: { retiredAt?: string; desk?: boolean } = {},
) => ({
  id,
  parentId,
  level,
  retiredAt: extra.retiredAt ?? null,
  isCoordinatorDesk: extra.desk ?? false,
});

const chart = [
  d('b1', null, 'bureau'),
  d('s1', 'd1', 'section'),
  d('d1', 'b1', 'division'),
  d('d2', 'b1', 'division', { retiredAt: '2026-04-01T00:00:00Z' }),
  d('s2', 'd1', 'section', { retiredAt: '2026-04-01T00:00:00Z' }),
  d('desk', null, 'section', { desk: true }),
  d('s3', 'd1', 'section'),
];

describe('the organisation chart', () => {
  it('orders children under their parents with their depth', () => {
    expect(treeOrder(chart).map(({ department, depth }) => `${depth}:${department.id}`)).toEqual([
      '0:b1',
      '1:d1',
      '2:s1',
      '2:s2',
      '2:s3',
      '1:d2',
      '0:desk',
    ]);
  });

  it.each([
    ['s1', ['d1']],
    ['d1', ['b1']],
    ['b1', []],
  ] as const)('offers %s the parents of the level above, in use', (id, parents) => {
    const department = chart.find((x) => x.id === id)!;
    expect(parentChoices(chart, department).map((x) => x.id)).toEqual(parents);
  });

  it('offers bureaus and divisions in use as parents of a new department', () => {
    expect(newParentChoices(chart).map((x) => x.id)).toEqual(['b1', 'd1']);
  });

  it('hands over only to other sections in use, never the desk', () => {
    expect(handoverChoices(chart, 's1').map((x) => x.id)).toEqual(['s3']);
  });

  it.each([
    ['', []],
    ['公園, 緑地\n 遊具 ', ['公園', '緑地', '遊具']],
    ['見守り、高齢者、見守り', ['見守り', '高齢者']],
    [',,\n', []],
  ])('reads keywords from %j', (text, keywords) => {
    expect(parseKeywords(text)).toEqual(keywords);
  });
});

describe('the handover button', () => {
  it('says what there is to hand over: proposals, themes, or both', () => {
    expect(handoverLabel({ openProposals: 2, openThemes: 0 })).toBe('departments.handover');
    expect(handoverLabel({ openProposals: 2, openThemes: 1 })).toBe('departments.handoverBoth');
    expect(handoverLabel({ openProposals: 0, openThemes: 3 })).toBe('departments.handoverThemes');
  });
});
