/**
 * The languages the portal speaks. Japanese is the default everywhere; English is complete;
 * やさしい日本語 (easy Japanese, for readers still learning Japanese) covers the public pages,
 * the proposal form and the e-mails, and falls back to Japanese elsewhere.
 */

export const LANGUAGES = ['ja', 'en', 'easy'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ja';

/** The BCP 47 tag of each language (the `lang` attribute, `Accept-Language`). */
export const LANGUAGE_TAGS = {
  ja: 'ja',
  en: 'en',
  // Easy Japanese is Japanese: screen readers and fonts treat it as such.
  easy: 'ja-x-easy',
} as const satisfies Record<Language, string>;

/**
 * Each language's name in itself, and "switch to it" in itself: a reader who cannot read the
 * current language still finds their own. (Language metadata, the same in every catalogue.)
 */
export const LANGUAGE_AUTONYMS = {
  ja: { name: '日本語', switchTo: '日本語に切り替える' },
  en: { name: 'English', switchTo: 'Switch to English' },
  easy: { name: 'やさしい日本語', switchTo: 'やさしい日本語に きりかえる' },
} as const satisfies Record<Language, { name: string; switchTo: string }>;

/** The value of an HTML `lang` attribute for a language. */
export function htmlLang(language: Language): string {
  return language === 'en' ? 'en' : 'ja';
}

/** The locale `Intl` formats dates and numbers with. */
export function intlLocale(language: Language): string {
  return language === 'en' ? 'en-GB' : 'ja-JP';
}

/** The language a language falls back to for a text it does not have. */
export function fallbackOf(language: Language): Language | null {
  return language === 'ja' ? null : 'ja';
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language picked for each `Accept-Language` value seen (a bounded set). */
const pickedByHeader = new Map<string, Language>();

/**
 * Picks the best language from an `Accept-Language` header value (Japanese when unsure).
 * `ja-x-easy` asks for やさしい日本語.
 */
export function pickLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) {
    return DEFAULT_LANGUAGE;
  }
  // Every request asks, and browsers send a few values: each is ranked once.
  let picked = pickedByHeader.get(acceptLanguage);
  if (picked === undefined) {
    if (pickedByHeader.size >= 256) {
      pickedByHeader.clear();
    }
    picked = rankLanguages(acceptLanguage);
    pickedByHeader.set(acceptLanguage, picked);
  }
  return picked;
}

function rankLanguages(acceptLanguage: string): Language {
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim().toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag === LANGUAGE_TAGS.easy) {
      return 'easy';
    }
    if (tag.startsWith('ja')) {
      return 'ja';
    }
    if (tag.startsWith('en')) {
      return 'en';
    }
  }
  return DEFAULT_LANGUAGE;
}

/**
 * A text in the reader's languages: data entered in Japanese and English (a department's name,
 * a theme's title), or a catalogue message rendered by the API in every language (`textOf`).
 * Data has no easy-Japanese version: easy Japanese shows the Japanese.
 */
export type LocalizedText = { ja: string; en: string; easy?: string };

/** The reader's version of a text. */
export function pickText(text: LocalizedText, language: Language): string {
  if (language === 'easy') {
    return text.easy ?? text.ja;
  }
  return text[language];
}
