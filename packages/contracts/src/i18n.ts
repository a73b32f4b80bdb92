/**
 * Languages and bilingual texts. Zod-free: the public pages import this without the zod runtime.
 */

/** The languages the portal speaks. Japanese is the default everywhere. */
export const LANGUAGES = ['ja', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ja';

/** A text in both languages; every user-facing label in a contract is one of these. */
export type LocalizedText = { ja: string; en: string };

/** Picks the best language from an `Accept-Language` header value (Japanese when unsure). */
export function pickLanguage(acceptLanguage: string | undefined | null): Language {
  if (!acceptLanguage) {
    return DEFAULT_LANGUAGE;
  }
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('ja')) {
      return 'ja';
    }
    if (tag.startsWith('en')) {
      return 'en';
    }
  }
  return DEFAULT_LANGUAGE;
}

/** Replaces `{name}` placeholders in both languages of a text. */
export function formatText(
  text: LocalizedText,
  values: Record<string, string | number>,
): LocalizedText {
  const fill = (s: string) =>
    s.replace(/\{(\w+)\}/g, (match, key: string) => (key in values ? String(values[key]) : match));
  return { ja: fill(text.ja), en: fill(text.en) };
}
