import { describe, expect, it } from 'vitest';
import { themeText } from './theme-text';

const ja = { title: '公園の安全', summary: '夜の公園', english: null };
const both = { ...ja, english: { title: 'Safe parks', summary: 'Parks at night' } };

describe('themeText', () => {
  it.each([
    ['ja', both, '公園の安全', false, 'ja'],
    ['easy', both, '公園の安全', false, 'ja'],
    ['en', both, 'Safe parks', false, 'en'],
    ['en', ja, '公園の安全', true, 'ja'],
    ['ja', ja, '公園の安全', false, 'ja'],
  ] as const)('in %s', (language, theme, title, inJapanese, lang) => {
    expect(themeText(theme, language)).toMatchObject({ title, inJapanese, lang });
  });
});
