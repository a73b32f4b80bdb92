/// <reference types="node" />
/**
 * Every namespace in every language: the same keys as Japanese, the same placeholders, the plural
 * forms English needs, やさしい日本語 wherever the namespace promises it, and no key that no code
 * reads any more.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Message, Messages, Namespace } from './core';
import { ALL_NAMESPACES } from './namespaces';

type Loaded = {
  name: string;
  namespace: Namespace;
  en: Partial<Messages>;
  easy: Partial<Messages>;
};
const loaded: Loaded[] = [];

beforeAll(async () => {
  for (const namespace of ALL_NAMESPACES) {
    const [en, easy] = await Promise.all([namespace.load.en(), namespace.load.easy()]);
    loaded.push({ name: namespace.name, namespace, en: en.default, easy: easy.default });
  }
});

/** Parts of a date the languages write differently (English names the month, Japanese the era). */
const DATE_PARTS = new Set(['year', 'month', 'monthName', 'era', 'eraYear', 'day', 'count']);

function forms(message: Message | undefined): string[] {
  if (message === undefined) return [];
  return typeof message === 'string'
    ? [message]
    : Object.values(message).filter((v): v is string => typeof v === 'string');
}

function placeholders(message: Message | undefined): string[] {
  const names = new Set<string>();
  for (const text of forms(message)) {
    for (const match of text.matchAll(/\{(\w+)\}/g)) {
      if (!DATE_PARTS.has(match[1]!)) names.add(match[1]!);
    }
  }
  return [...names].sort();
}

function needsEasy(namespace: Namespace, key: string): boolean {
  const { easyComplete } = namespace;
  return typeof easyComplete === 'boolean'
    ? easyComplete
    : easyComplete.some((prefix) => key.startsWith(prefix));
}

describe('the catalogues', () => {
  it('give English for every Japanese key, and nothing Japanese does not have', () => {
    const problems: string[] = [];
    for (const { name, namespace, en } of loaded) {
      for (const key of Object.keys(namespace.ja)) {
        if (en[key] === undefined) problems.push(`${name}: en lacks ${key}`);
      }
      for (const key of Object.keys(en)) {
        if (!(key in namespace.ja)) problems.push(`${name}: en has unknown ${key}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('give やさしい日本語 wherever the namespace promises it, and only known keys', () => {
    const problems: string[] = [];
    for (const { name, namespace, easy } of loaded) {
      for (const key of Object.keys(namespace.ja)) {
        if (needsEasy(namespace, key) && easy[key] === undefined) {
          problems.push(`${name}: easy lacks ${key}`);
        }
      }
      for (const key of Object.keys(easy)) {
        if (!(key in namespace.ja)) problems.push(`${name}: easy has unknown ${key}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('use the same placeholders in every language (date parts aside)', () => {
    const problems: string[] = [];
    for (const { name, namespace, en, easy } of loaded) {
      for (const [key, message] of Object.entries(namespace.ja)) {
        const expected = placeholders(message);
        for (const [language, other] of [
          ['en', en[key]],
          ['easy', easy[key]],
        ] as const) {
          if (other === undefined) continue;
          const found = placeholders(other);
          if (found.join() !== expected.join()) {
            problems.push(
              `${name}.${key} (${language}): {${found.join()}} instead of {${expected.join()}}`,
            );
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('give English both plural forms wherever Japanese counts', () => {
    const problems: string[] = [];
    for (const { name, namespace, en } of loaded) {
      for (const [key, message] of Object.entries(namespace.ja)) {
        if (typeof message === 'string') continue;
        const english = en[key];
        if (typeof english !== 'object' || !english.one || !english.other) {
          problems.push(`${name}.${key}: English needs one and other`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const SOURCE_DIRS = ['apps/api/src', 'apps/web/src', 'packages'];

function sourceFiles(dir: string, found: string[] = []): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return found;
  }
  for (const entry of entries) {
    if (entry === 'node_modules' || entry === 'catalogues' || entry === 'dist') continue;
    const path = join(dir, entry);
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch {
      continue; // a temporary file another test removed meanwhile
    }
    if (isDirectory) {
      sourceFiles(path, found);
    } else if (/\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry)) {
      found.push(path);
    }
  }
  return found;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the code', () => {
  it('reads every key of the catalogues (literally, or through a template with a variable part)', () => {
    const literals = new Set<string>();
    const patterns: RegExp[] = [];
    for (const file of SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        continue;
      }
      for (const match of text.matchAll(/(['"])([\w.-]+)\1/g)) literals.add(match[2]!);
      for (const match of text.matchAll(/`([^`\n]*\$\{[^`\n]*)`/g)) {
        const parts = match[1]!.split(/\$\{[^}]*\}/);
        // `${a}.${b}` would match any key: a template counts only with a word of its own.
        if (parts.every((part) => /^[\w.-]*$/.test(part)) && /[a-z]{2}/i.test(parts.join(''))) {
          patterns.push(new RegExp(`^${parts.map(escape).join('[\\w.-]+')}$`));
        }
      }
      for (const match of text.matchAll(/`([\w.-]+)`/g)) literals.add(match[1]!);
    }
    // `${prefix}.${name}` with both parts written elsewhere ('openData.case', 'reference_number').
    const composed = (key: string) => {
      const cut = key.lastIndexOf('.');
      return cut > 0 && literals.has(key.slice(0, cut)) && literals.has(key.slice(cut + 1));
    };
    const unused: string[] = [];
    for (const { name, namespace } of loaded) {
      for (const key of Object.keys(namespace.ja)) {
        const read =
          literals.has(key) || composed(key) || patterns.some((pattern) => pattern.test(key));
        if (!read) {
          unused.push(`${name}: ${key}`);
        }
      }
    }
    expect(unused, `unused keys (read from ${relative(process.cwd(), ROOT) || '.'})`).toEqual([]);
  });
});
