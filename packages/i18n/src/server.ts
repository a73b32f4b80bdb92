/**
 * For the API (and tests): every namespace in every language, in memory before the first
 * request, so that e-mails and answers render synchronously.
 */
import { loadNamespaces } from './core';
import { LANGUAGES } from './languages';
import { ALL_NAMESPACES } from './namespaces';

let ready: Promise<void> | null = null;

/** Loads the whole catalogue once (later calls share the first one's promise). */
export function loadAllCatalogues(): Promise<void> {
  ready ??= Promise.all(LANGUAGES.map((language) => loadNamespaces(ALL_NAMESPACES, language))).then(
    () => undefined,
  );
  return ready;
}
