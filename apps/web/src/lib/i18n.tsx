/**
 * The reader's language and the catalogue's words, for React.
 *
 * - `useI18n()`: the language, `setLanguage`, and `l(text)` for texts that arrive in several
 *   languages (API labels, department names).
 * - `useT(namespace)`: a translation function for one namespace of `@kyoso/i18n`, typed by its
 *   Japanese messages. Japanese is in the bundle; English and やさしい日本語 are fetched once on
 *   demand, and the component waits (Suspense) until they are here.
 * - `<Rich>`: a message with `<tag>…</tag>` parts turned into links or emphasis.
 * - Dates and amounts: `formatDate`, `formatDateTime`… from `@kyoso/i18n/format`.
 *
 * The chosen language is kept in the browser, so it holds across visits and when logging in; the
 * account page also keeps it on the account, for the e-mails. No component writes
 * `language === 'ja' ? … : …`: lint refuses it.
 */
import {
  createContext,
  Fragment,
  use,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import {
  isNamespaceLoaded,
  loadNamespace,
  loadNamespaces,
  splitRich,
  translator,
  type Messages,
  type Namespace,
  type Translate,
} from '@kyoso/i18n/core';
import {
  DEFAULT_LANGUAGE,
  htmlLang,
  isLanguage,
  LANGUAGE_TAGS,
  pickText,
  type Language,
  type LocalizedText,
} from '@kyoso/i18n/languages';

const STORAGE_KEY = 'kyoso.language';

/** The language the reader chose last time, or Japanese. */
export function initialLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLanguage(stored)) {
      return stored;
    }
  } catch {
    // Storage may be unavailable (private mode); fall back to the default.
  }
  return DEFAULT_LANGUAGE;
}

/** Whether the reader chose a language in this browser (logging in then keeps it). */
export function hasChosenLanguage(): boolean {
  try {
    return isLanguage(window.localStorage.getItem(STORAGE_KEY));
  } catch {
    return false;
  }
}

/** Namespaces used so far: a change of language loads them all before switching. */
const used = new Set<Namespace>();

type I18nContextValue = {
  language: Language;
  /** Switches once the words of the pages in use are here (no flash of missing words). */
  setLanguage: (language: Language) => Promise<void>;
  /** Picks the reader's language from a text in several languages. */
  l: (text: LocalizedText | null | undefined) => string;
};

const I18nContext = createContext<I18nContextValue | null>(null);

let current: Language = DEFAULT_LANGUAGE;

export function I18nProvider({ children, initial }: { children: ReactNode; initial: Language }) {
  const [language, setLanguageState] = useState<Language>(initial);
  current = language;

  useEffect(() => {
    document.documentElement.lang = htmlLang(language);
  }, [language]);

  const setLanguage = useCallback(async (next: Language) => {
    await loadNamespaces([...used], next);
    current = next;
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
      l: (text) => (text ? pickText(text, language) : ''),
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

/**
 * The words of one namespace in the reader's language. Suspends the first time a namespace is
 * needed in English or やさしい日本語, while its file loads.
 */
export function useT<M extends Messages>(namespace: Namespace<M>): Translate<M> {
  const { language } = useI18n();
  used.add(namespace);
  // `use` is called on every render, loaded or not: React replays a component that suspended
  // in `use`, and a replay that skips it runs the hooks after it against an empty list
  // ("Update hook called on initial render", React error 467 wrapped in 520).
  use(namespaceReady(namespace as unknown as Namespace, language));
  return useMemo(() => translator(namespace, language), [namespace, language]);
}

/** A promise React reads as already settled (it checks `status`), so `use` does not suspend. */
const READY: Promise<void> = Object.assign(Promise.resolve(), {
  status: 'fulfilled',
  value: undefined,
});

/** Settled at once when the words are here; the namespace's one loading promise otherwise. */
function namespaceReady(namespace: Namespace, language: Language): Promise<void> {
  return isNamespaceLoaded(namespace, language) ? READY : loadNamespace(namespace, language);
}

/** Loads namespaces before a page shows (route loaders), so that it never waits on words. */
export function preloadNamespaces(
  namespaces: readonly Namespace[],
  language: Language = current,
): Promise<void> {
  namespaces.forEach((ns) => used.add(ns));
  return loadNamespaces(namespaces, language);
}

/** The current language, for code outside React (the API client's Accept-Language). */
export function currentLanguage(): Language {
  return current;
}

/** The `Accept-Language` value for the current language. */
export function currentLanguageTag(): string {
  return LANGUAGE_TAGS[current];
}

/**
 * A message with tagged parts: `<Rich text={t('intro')} parts={{ link: (s) => <Link …>{s}</Link> }} />`.
 * Tags without a renderer show their words plainly.
 */
export function Rich({
  text,
  parts,
}: {
  text: string;
  parts: Record<string, (words: string) => ReactNode>;
}) {
  return (
    <>
      {splitRich(text).map((part, index) => (
        <Fragment key={index}>
          {part.tag && parts[part.tag] ? parts[part.tag]!(part.text) : part.text}
        </Fragment>
      ))}
    </>
  );
}

export {
  formatBusinessDays,
  formatDate,
  formatDateTime,
  formatFiscalYear,
  formatList,
  formatNumber,
  formatYearMonth,
  formatYen,
} from '@kyoso/i18n/format';
