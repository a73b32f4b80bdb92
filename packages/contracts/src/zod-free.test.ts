/// <reference types="node" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The public pages (home, themes, guide, budget calendar) import these modules; they must not
 * pull in the zod runtime (about 30 KB gzipped), directly or through what they import.
 */
const ZOD_FREE = [
  'workflow.ts',
  'workflow-text.ts',
  'roles.ts',
  'calendar.ts',
  'theme-constants.ts',
  'decline-templates.ts',
  'organization-constants.ts',
  'proposal-constants.ts',
  'result-constants.ts',
];
const here = path.dirname(new URL(import.meta.url).pathname);

function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import (?!type )[^'"]*from '([^']+)';/gm)].map((m) => m[1]!);
}

function reachesZod(file: string, seen = new Set<string>()): string | null {
  if (seen.has(file)) {
    return null;
  }
  seen.add(file);
  for (const spec of runtimeImports(file)) {
    if (spec === 'zod' || spec.startsWith('zod/')) {
      return path.basename(file);
    }
    if (spec.startsWith('.')) {
      const found = reachesZod(path.join(path.dirname(file), `${spec}.ts`), seen);
      if (found) {
        return `${path.basename(file)} → ${found}`;
      }
    }
  }
  return null;
}

describe('modules the public pages import', () => {
  it.each(ZOD_FREE)('%s does not load zod', (name) => {
    expect(reachesZod(path.join(here, name))).toBeNull();
  });
});
