import { describe, expect, it } from 'vitest';
import { similarReasons } from './similar-reasons';

describe('why a proposal is like this one', () => {
  it.each([
    [{ words: [], sameTheme: false, sameOrganization: false }, []],
    [
      { words: ['高齢者', '見守り'], sameTheme: false, sameOrganization: false },
      [{ key: 'staff.similar.words', vars: { words: '高齢者、見守り' } }],
    ],
    [
      { words: ['介護'], sameTheme: true, sameOrganization: true },
      [
        { key: 'staff.similar.words', vars: { words: '介護' } },
        { key: 'staff.similar.sameTheme' },
        { key: 'staff.similar.sameOrganization' },
      ],
    ],
    [
      { words: [], sameTheme: false, sameOrganization: true },
      [{ key: 'staff.similar.sameOrganization' }],
    ],
  ])('%j', (reasons, expected) => {
    expect(similarReasons(reasons, '、')).toEqual(expected);
  });
});
