/**
 * Japanese first, English on request. The chosen language is kept in the browser (and, for a
 * logged-in user, on the account so that e-mails use it too). Labels that the API and web share
 * (statuses, steps, reasons) come from the contract package; the rest is in `messages.ts`.
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  DEFAULT_LANGUAGE,
  formatText,
  type Language,
  type LocalizedText,
} from '@kyoso/contracts/i18n';
import { MESSAGES, type MessageKey } from './messages';

const STORAGE_KEY = 'kyoso.language';

function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored === 'ja' || stored === 'en') {
      return stored;
    }
  } catch {
    // Storage may be unavailable (private mode); fall back to the default.
  }
  return DEFAULT_LANGUAGE;
}

type I18nContextValue = {
  language: Language;
  setLanguage: (language: Language) => void;
  /** A message of the web app, with `{placeholders}` filled. */
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** Picks the reader's language from a text in both languages. */
  l: (text: LocalizedText | null | undefined) => string;
};

const I18nContext = createContext<I18nContextValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted; the choice still holds for this visit.
    }
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({
      language,
      setLanguage,
      t: (key, values) => {
        const text = MESSAGES[key];
        return values ? formatText(text, values)[language] : text[language];
      },
      l: (text) => (text ? text[language] : ''),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) {
    throw new Error('useI18n must be used inside I18nProvider');
  }
  return value;
}

/** The current language, for code outside React (the API client's Accept-Language). */
export function currentLanguage(): Language {
  const lang = document.documentElement.lang;
  return lang === 'en' ? 'en' : 'ja';
}

/** `2026-11-22` → `2026年11月22日（日）` / `Sun, 22 Nov 2026`. */
export function formatDate(date: string | null | undefined, language: Language): string {
  if (!date) {
    return '';
  }
  const [y, m, d] = date.slice(0, 10).split('-').map(Number);
  const value = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: language === 'ja' ? 'numeric' : 'short',
    day: 'numeric',
    weekday: 'short',
    timeZone: 'UTC',
  }).format(value);
}

/** An instant shown in Japan's time: `2026/11/22 14:05`. */
export function formatDateTime(instant: string | null | undefined, language: Language): string {
  if (!instant) {
    return '';
  }
  return new Intl.DateTimeFormat(language === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: language === 'ja' ? 'numeric' : 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Tokyo',
  }).format(new Date(instant));
}
