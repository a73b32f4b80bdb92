import { describe, expect, it } from 'vitest';
import { bigramsOf, likePattern, normalizeSearchText } from './search';

describe('search text', () => {
  it.each([
    ['見守り', ['見守', '守り']],
    ['公園', ['公園']],
    ['ＡＩ活用', ['ai', 'i活', '活用']],
    ['見 守り', ['守り']],
    ['a', []],
  ])('%s → %j', (text, pieces) => {
    expect(bigramsOf(text).sort()).toEqual([...pieces].sort());
  });

  it('normalises full-width letters and spaces', () => {
    expect(normalizeSearchText('　ＤＸ推進　 計画 ')).toBe('dx推進 計画');
  });

  it('escapes LIKE wildcards', () => {
    expect(likePattern('100%_達成')).toBe('%100\\%\\_達成%');
  });
});
