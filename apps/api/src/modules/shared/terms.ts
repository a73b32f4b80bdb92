/**
 * The meaningful words of a Japanese (or English) text, for routing suggestions and the
 * duplicate radar: pure functions.
 */
import { normalizeSearchText } from './search';

/** Words too common in proposals to say anything about a department. */
export const STOPWORDS = new Set([
  '提案',
  '実証',
  '事業',
  '市民',
  '地域',
  '課題',
  '解決',
  '活用',
  '支援',
  '推進',
  '取組',
  '取り組み',
  'サービス',
  '実施',
  '導入',
  '本市',
  '市内',
  '当社',
  '行政',
  '全国',
  '社会',
  '必要',
  '可能',
  '利用',
  '運営',
  '連携',
  '進める',
  'ため',
]);

const segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
const NOT_HIRAGANA = /[^\p{Script=Hiragana}ー]/gu;
const TERM_RUN = /[\p{Script=Han}々]{2,}|[\p{Script=Katakana}ー]{2,}|[a-z0-9][a-z0-9-]+/gu;

/**
 * The meaningful words of a text: the dictionary words the ICU segmenter finds (those with at
 * least two characters other than hiragana), plus whole runs of kanji, katakana or Latin letters.

 */
export function termsOf(text: string): string[] {
  const normalized = normalizeSearchText(text);
  const terms = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(normalized)) {
    const word = segment.trim();
    // At least two characters that are not hiragana: content words, not inflections.
    if (isWordLike && (word.match(NOT_HIRAGANA)?.length ?? 0) >= 2) {
      terms.add(word);
    }
  }
  for (const match of normalized.matchAll(TERM_RUN)) {
    terms.add(match[0]);
  }
  // Longest first, so that 高齢者 is matched before 高齢.
  return [...terms].filter((t) => !STOPWORDS.has(t)).sort((a, b) => b.length - a.length);
}
