import type { Language } from '@kyoso/i18n/languages';
import type { ThemeSummary } from '@kyoso/contracts/themes';

/**
 * Which content a page in each interface language shows when the department wrote an English
 * version (the theme's own text is in Japanese; やさしい日本語 pages read the Japanese).
 */
const ENGLISH_PAGES: ReadonlySet<Language> = new Set<Language>(['en']);

/**
 * The title and summary a reader sees: on English pages the department's English version when
 * there is one; otherwise the Japanese, marked so the page can say it is in Japanese.
 */
export function themeText(
  theme: Pick<ThemeSummary, 'title' | 'summary' | 'english'>,
  language: Language,
): {
  title: string;
  summary: string;
  /** The English version is shown. */
  english: boolean;
  /** The page is in another language than the theme's Japanese text it shows. */
  inJapanese: boolean;
  lang: 'ja' | 'en';
  pageLang: 'ja' | 'en';
} {
  // The `lang` of the page's own words (headings), for screen readers.
  const pageLang = ENGLISH_PAGES.has(language) ? 'en' : 'ja';
  if (ENGLISH_PAGES.has(language) && theme.english) {
    return { ...theme.english, english: true, inJapanese: false, lang: 'en', pageLang };
  }
  return {
    title: theme.title,
    summary: theme.summary,
    english: false,
    inJapanese: pageLang !== 'ja',
    lang: 'ja',
    pageLang,
  };
}
