import { beforeAll, describe, expect, it } from 'vitest';
import {
  defineNamespace,
  interpolate,
  loadNamespace,
  splitRich,
  stripRich,
  textOf,
  translator,
} from './core';
import { pickLanguage, pickText } from './languages';

const sample = defineNamespace({
  name: 'sample',
  ja: {
    hello: 'こんにちは、{name}さん',
    files: { other: 'ファイル{count}件' },
    rich: '<link>ガイド</link>を読んでください',
    onlyJa: '日本語だけ',
  } as const,
  easyComplete: false,
  load: {
    en: () =>
      Promise.resolve({
        default: {
          hello: 'Hello, {name}',
          files: { one: '{count} file', other: '{count} files' },
          rich: 'Read the <link>guide</link>',
          onlyJa: 'English too',
        },
      }),
    easy: () => Promise.resolve({ default: { hello: 'こんにちは、{name}さん（やさしい）' } }),
  },
});

beforeAll(async () => {
  await loadNamespace(sample, 'en');
  await loadNamespace(sample, 'easy');
});

describe('translator', () => {
  it.each([
    ['ja', 'こんにちは、花子さん'],
    ['en', 'Hello, 花子'],
    ['easy', 'こんにちは、花子さん（やさしい）'],
  ] as const)('fills placeholders in %s', (language, expected) => {
    expect(translator(sample, language)('hello', { name: '花子' })).toBe(expected);
  });

  it.each([
    ['en', 0, '0 files'],
    ['en', 1, '1 file'],
    ['en', 2, '2 files'],
    ['ja', 1, 'ファイル1件'],
    ['ja', 3, 'ファイル3件'],
    ['easy', 1, 'ファイル1件'],
  ] as const)('picks the plural form (%s, %i)', (language, count, expected) => {
    expect(translator(sample, language)('files', { count })).toBe(expected);
  });

  it('falls back to Japanese where easy Japanese has no text', () => {
    expect(translator(sample, 'easy')('onlyJa')).toBe('日本語だけ');
  });

  it('gives every language at once, with variables that differ by language', () => {
    expect(textOf(sample, 'hello', { name: { ja: '市', en: 'the city' } })).toEqual({
      ja: 'こんにちは、市さん',
      en: 'Hello, the city',
      easy: 'こんにちは、市さん（やさしい）',
    });
  });
});

describe('interpolate', () => {
  it('keeps an unknown placeholder visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
  it('does not read inherited properties', () => {
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });
});

describe('rich text', () => {
  it('splits tagged words', () => {
    expect(splitRich('Read the <link>guide</link> first')).toEqual([
      { tag: null, text: 'Read the ' },
      { tag: 'link', text: 'guide' },
      { tag: null, text: ' first' },
    ]);
    expect(stripRich('<b>1</b> and <link>2</link>')).toBe('1 and 2');
  });
});

describe('languages', () => {
  it.each([
    [undefined, 'ja'],
    ['en-US,en;q=0.9', 'en'],
    ['fr, en;q=0.5', 'en'],
    ['ja-x-easy', 'easy'],
    ['ja-x-easy, ja;q=0.8', 'easy'],
    ['ko', 'ja'],
  ] as const)('picks a language from %s', (header, expected) => {
    expect(pickLanguage(header)).toBe(expected);
  });

  it('answers the same for a header it has seen, and for more headers than it remembers', () => {
    for (let round = 0; round < 2; round += 1) {
      for (let i = 0; i < 600; i += 1) {
        const header = i % 2 === 0 ? `en-x-${i}, ja;q=0.5` : `fr-x-${i}, ja-x-easy;q=0.4`;
        expect(pickLanguage(header)).toBe(i % 2 === 0 ? 'en' : 'easy');
      }
    }
  });

  it('shows data without an easy version in Japanese', () => {
    expect(pickText({ ja: '公園管理課', en: 'Parks' }, 'easy')).toBe('公園管理課');
    expect(pickText({ ja: '公園管理課', en: 'Parks' }, 'en')).toBe('Parks');
  });
});
