import { describe, expect, it } from 'vitest';
import { anySuppressed, cellKind, cellNumber, cellText, isSuppressed, percent } from './cells';

const format = (n: number) => `${n}件`;

describe('a "<5" cell', () => {
  it.each([
    ['<5', 'suppressed', null, '<5'],
    [0, 'number', 0, '0件'],
    [12, 'number', 12, '12件'],
    [null, 'notPublished', null, '非公表'],
  ] as const)('%j is %s, its number %j, its text %j', (value, kind, number, text) => {
    expect(cellKind(value)).toBe(kind);
    expect(cellNumber(value)).toBe(number);
    expect(cellText(value, format, '非公表')).toBe(text);
    expect(isSuppressed(value)).toBe(kind === 'suppressed');
  });

  it('is never given to the formatter as a number', () => {
    const seen: number[] = [];
    cellText(
      '<5',
      (n) => {
        seen.push(n);
        return String(n);
      },
      '',
    );
    expect(seen).toEqual([]);
  });

  it('is noticed in a list of values (the page explains it)', () => {
    expect(anySuppressed([1, '<5'])).toBe(true);
    expect(anySuppressed([5, null, 0])).toBe(false);
  });
});

describe('percent', () => {
  it.each([
    [0.889, 89],
    [1, 100],
    [0, 0],
    [0.8333, 83],
  ])('%d → %d %%', (share, expected) => {
    expect(percent(share)).toBe(expected);
  });
});
