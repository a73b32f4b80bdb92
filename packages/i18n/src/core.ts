/**
 * Typed message catalogues.
 *
 * A namespace (`workflow`, `errors`, `emails`, `guide`…) is a flat object of dotted keys in
 * Japanese, declared `as const` so that TypeScript knows every key and every `{placeholder}`;
 * English and やさしい日本語 are files of the same shape, checked against the Japanese one by
 * the compiler (keys) and by `catalogues.test.ts` (keys, placeholders, plural forms, unused keys).
 *
 * - Interpolation: `{name}` is replaced by `vars.name`. Values are inserted as they are: callers
 *   format dates and amounts first (`format.ts`).
 * - Plurals: a message may be `{ one, other }` (English needs both; Japanese only `other`); it
 *   takes a `count` and picks the form with `Intl.PluralRules`.
 * - Rich text: a message may wrap words in `<tag>…</tag>`; the web turns them into links or
 *   emphasis (`splitRich`), the API's plain-text e-mails drop the tags.
 *
 * Why not i18next: the same features for about a tenth of the bytes on the public pages, and the
 * variables of every message are checked by the compiler (see docs/ARCHITECTURE.md).
 */
import {
  fallbackOf,
  intlLocale,
  LANGUAGES,
  pickText,
  type Language,
  type LocalizedText,
} from './languages';

/** A message with plural forms (CLDR categories; `other` is always required). */
export type PluralMessage = {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
};
export type Message = string | PluralMessage;
export type Messages = { readonly [key: string]: Message };

/** The shape another language must give for a namespace written in Japanese. */
export type CatalogueOf<M extends Messages> = {
  readonly [K in keyof M]: M[K] extends string ? string : PluralMessage;
};

type Placeholders<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

type PlaceholdersOf<M> = M extends string
  ? Placeholders<M>
  : M extends PluralMessage
    ? Placeholders<M['other']> | 'count'
    : never;

/**
 * The variables a message needs: every placeholder of its Japanese text (`count` a number), and
 * any other the other languages use (English names the month where Japanese numbers it).
 */
export type VarsOf<M> = [PlaceholdersOf<M>] extends [never]
  ? Record<string, never>
  : { [K in PlaceholdersOf<M>]: K extends 'count' ? number : string | number } & {
      readonly [extra: string]: string | number;
    };

/** `t(key)` when the message has no placeholder, `t(key, vars)` when it has. */
export type VarsArgs<M> = [PlaceholdersOf<M>] extends [never]
  ? [vars?: undefined]
  : [vars: VarsOf<M>];

/** A translation function bound to one namespace and one language. */
export type Translate<M extends Messages> = <K extends keyof M & string>(
  key: K,
  ...args: VarsArgs<M[K]>
) => string;

type Loader<M extends Messages> = () => Promise<{ default: Partial<CatalogueOf<M>> }>;

/**
 * A namespace: its Japanese messages (always present), and how to get the other languages —
 * already loaded (`messages`, the API imports everything) or on demand (`load`, the web app
 * fetches English and easy Japanese only for readers who chose them).
 */
export type Namespace<M extends Messages = Messages> = {
  readonly name: string;
  readonly ja: M;
  /**
   * What やさしい日本語 must have: every key (public pages, the form, e-mails), the keys under
   * some prefixes, or nothing (staff pages, which fall back to Japanese).
   */
  readonly easyComplete: boolean | readonly string[];
  readonly load: { readonly [L in Exclude<Language, 'ja'>]: Loader<M> };
};

export function defineNamespace<M extends Messages>(namespace: Namespace<M>): Namespace<M> {
  return namespace;
}

/** The catalogues of other languages already in memory, by namespace name. */
const loaded = new Map<string, Partial<Record<Language, Partial<Messages>>>>();

/** Keeps a namespace's messages in one language (the loaders call this; tests too). */
export function registerMessages(
  namespace: Pick<Namespace, 'name'>,
  language: Language,
  messages: Partial<Messages>,
): void {
  const entry = loaded.get(namespace.name) ?? {};
  entry[language] = messages;
  loaded.set(namespace.name, entry);
}

/** Whether `t` can speak `language` in this namespace without waiting. */
export function isNamespaceLoaded(namespace: Namespace, language: Language): boolean {
  return language === 'ja' || loaded.get(namespace.name)?.[language] !== undefined;
}

const pending = new Map<string, Promise<void>>();

/** Loads a namespace in a language (once; later calls share the first one's promise). */
export function loadNamespace(namespace: Namespace, language: Language): Promise<void> {
  if (isNamespaceLoaded(namespace, language) || language === 'ja') {
    return Promise.resolve();
  }
  const key = `${namespace.name}:${language}`;
  let promise = pending.get(key);
  if (!promise) {
    promise = namespace.load[language]().then(
      (module) => {
        registerMessages(namespace, language, module.default);
      },
      (error: unknown) => {
        pending.delete(key);
        throw error;
      },
    );
    pending.set(key, promise);
  }
  return promise;
}

/** Loads several namespaces in a language. */
export async function loadNamespaces(
  namespaces: readonly Namespace[],
  language: Language,
): Promise<void> {
  await Promise.all(namespaces.map((ns) => loadNamespace(ns, language)));
}

function lookup(namespace: Namespace, language: Language, key: string): Message | undefined {
  if (language === 'ja') {
    return namespace.ja[key];
  }
  const own = loaded.get(namespace.name)?.[language]?.[key];
  if (own !== undefined) {
    return own;
  }
  const fallback = fallbackOf(language);
  return fallback ? lookup(namespace, fallback, key) : undefined;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

function pluralForm(message: PluralMessage, count: number, language: Language): string {
  let rules = pluralRules.get(language);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale(language));
    pluralRules.set(language, rules);
  }
  const category = rules.select(count);
  return message[category] ?? message.other;
}

/** Replaces `{name}` placeholders; an unknown placeholder stays as it is (and a test fails). */
export function interpolate(
  template: string,
  vars: Readonly<Record<string, string | number>> | undefined,
): string {
  if (!vars) {
    return template;
  }
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : match,
  );
}

/** Renders one message of a namespace in a language (falling back to Japanese). */
export function renderMessage(
  namespace: Namespace,
  language: Language,
  key: string,
  vars?: Readonly<Record<string, string | number>>,
): string {
  const message = lookup(namespace, language, key);
  if (message === undefined) {
    // A key the compiler knows but no catalogue has cannot happen; an unloaded language falls
    // back to Japanese above. Show the key rather than nothing.
    return key;
  }
  if (typeof message === 'string') {
    return interpolate(message, vars);
  }
  const count = typeof vars?.count === 'number' ? vars.count : Number(vars?.count ?? 0);
  return interpolate(pluralForm(message, count, language), vars);
}

/** A translation function for one namespace in one language. */
export function translator<M extends Messages>(
  namespace: Namespace<M>,
  language: Language,
): Translate<M> {
  return (key: string, vars?: Record<string, string | number>) =>
    renderMessage(namespace, language, key, vars);
}

/** A value that differs by language: a text in several languages, or a function of the language. */
export type PerLanguage = LocalizedText | ((language: Language) => string);
type LocalizedVarsArgs<M> = [PlaceholdersOf<M>] extends [never]
  ? [vars?: undefined]
  : [
      vars: {
        [K in PlaceholdersOf<M>]: K extends 'count' ? number : string | number | PerLanguage;
      } & { readonly [extra: string]: string | number | PerLanguage },
    ];

function resolveVars(
  vars: Readonly<Record<string, string | number | PerLanguage>> | undefined,
  language: Language,
): Record<string, string | number> | undefined {
  if (!vars) {
    return undefined;
  }
  return Object.fromEntries(
    Object.entries(vars).map(([name, value]) => [
      name,
      typeof value === 'function'
        ? value(language)
        : typeof value === 'object'
          ? pickText(value, language)
          : value,
    ]),
  );
}

/**
 * One message in every language, for answers that the reader may switch language on without
 * asking again (status labels in API answers, calendar assessments). A variable may itself differ
 * by language (a department's name, a date).
 */
export function textOf<M extends Messages, K extends keyof M & string>(
  namespace: Namespace<M>,
  key: K,
  ...args: LocalizedVarsArgs<M[K]>
): Required<LocalizedText> {
  const vars = args[0] as Record<string, string | number | PerLanguage> | undefined;
  const entries = LANGUAGES.map((language) => [
    language,
    renderMessage(namespace as unknown as Namespace, language, key, resolveVars(vars, language)),
  ]);
  return Object.fromEntries(entries) as Required<LocalizedText>;
}

/** A piece of rich text: plain words, or words wrapped in `<tag>…</tag>`. */
export type RichPart = { tag: null; text: string } | { tag: string; text: string };

/** Splits `Read the <link>guide</link> first` into its parts (no nesting). */
export function splitRich(message: string): RichPart[] {
  const parts: RichPart[] = [];
  const pattern = /<(\w+)>(.*?)<\/\1>/gs;
  let last = 0;
  for (const match of message.matchAll(pattern)) {
    if (match.index > last) {
      parts.push({ tag: null, text: message.slice(last, match.index) });
    }
    parts.push({ tag: match[1]!, text: match[2]! });
    last = match.index + match[0].length;
  }
  if (last < message.length) {
    parts.push({ tag: null, text: message.slice(last) });
  }
  return parts;
}

/** The words of a rich message without its tags (plain-text e-mails, `title` attributes). */
export function stripRich(message: string): string {
  return splitRich(message)
    .map((part) => part.text)
    .join('');
}
