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
import { termsOf } from '../shared/terms';

export { termsOf };

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
