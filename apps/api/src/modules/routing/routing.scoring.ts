/**
 * Which departments a free proposal should go to: pure functions, tested with tables of cases.
 *
 * A department's profile is its mission and keywords, and the proposals it accepted as lead
 * before. The proposal's text is compared with each profile: a keyword found in the text counts
 * 3, a word of the mission 1, a word of an earlier accepted proposal 0.5 (at most 3 in all). Each
 * suggestion carries the words that matched, so the desk sees why it was suggested. For a theme
 * proposal the theme's own department comes first.
 */
import { normalizeSearchText } from '../shared/search';

export type DepartmentProfile = {
  id: string;
  mission: string;
  keywords: readonly string[];
  /** Titles and summaries of proposals the department accepted as lead. */
  history: readonly string[];
};

export type Suggestion = {
  departmentId: string;
  reason: 'theme' | 'profile' | 'history';
  score: number;
  matchedWords: string[];
};

export const WEIGHTS = { keyword: 3, missionWord: 1, historyWord: 0.5, historyCap: 3 } as const;

/** Words too common in proposals to say anything about a department. */
const STOPWORDS = new Set([
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

/** Scores one department against the proposal's text (normalised). */
export function scoreDepartment(
  text: string,
  department: DepartmentProfile,
): { score: number; profileScore: number; matchedWords: string[] } {
  const haystack = normalizeSearchText(text);
  const matched = new Set<string>();
  let profileScore = 0;
  for (const keyword of department.keywords) {
    const k = normalizeSearchText(keyword);
    if (k && haystack.includes(k) && !matched.has(k)) {
      matched.add(k);
      profileScore += WEIGHTS.keyword;
    }
  }
  // A word overlapping one already counted (介護 and 介護予防) counts once.
  const overlaps = (word: string) => [...matched].some((m) => m.includes(word) || word.includes(m));
  for (const word of termsOf(department.mission)) {
    if (haystack.includes(word) && !overlaps(word)) {
      matched.add(word);
      profileScore += WEIGHTS.missionWord;
    }
  }
  let historyScore = 0;
  const historyTerms = new Set(department.history.flatMap(termsOf));
  for (const word of historyTerms) {
    if (historyScore >= WEIGHTS.historyCap) {
      break;
    }
    if (haystack.includes(word) && !overlaps(word)) {
      matched.add(word);
      historyScore += WEIGHTS.historyWord;
    }
  }
  return { score: profileScore + historyScore, profileScore, matchedWords: [...matched] };
}

/** Ranked suggestions, best first (the theme's department first of all), at most `limit`. */
export function suggestDepartments(args: {
  text: string;
  themeDepartmentId: string | null;
  departments: readonly DepartmentProfile[];
  limit?: number;
}): Suggestion[] {
  const { text, themeDepartmentId, departments, limit = 5 } = args;
  const ranked: Suggestion[] = departments
    .map((d) => ({ d, s: scoreDepartment(text, d) }))
    .filter(({ d, s }) => s.score > 0 && d.id !== themeDepartmentId)
    .sort((a, b) => b.s.score - a.s.score || a.d.id.localeCompare(b.d.id))
    .map(({ d, s }) => ({
      departmentId: d.id,
      reason: s.profileScore >= s.score - s.profileScore ? 'profile' : 'history',
      score: s.score,
      matchedWords: s.matchedWords,
    }));
  const theme = departments.find((d) => d.id === themeDepartmentId);
  if (theme) {
    ranked.unshift({
      departmentId: theme.id,
      reason: 'theme',
      score: scoreDepartment(text, theme).score,
      matchedWords: scoreDepartment(text, theme).matchedWords,
    });
  }
  return ranked.slice(0, limit);
}
