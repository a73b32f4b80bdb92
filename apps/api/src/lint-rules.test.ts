/**
 * The house rules that lint enforces, proven on small files written for the purpose: a file
 * that breaks a rule is refused with that rule's message, and the same file written the right
 * way passes. (The rules themselves are in `eslint.config.js`.)
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const written: string[] = [];

function fixture(relative: string, code: string): string {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, code);
  written.push(file);
  return file;
}

afterAll(() => {
  for (const file of written) {
    rmSync(file, { force: true });
  }
  rmSync(path.join(root, 'apps/web/src/features/lint-fixture'), { recursive: true, force: true });
});

async function problems(file: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintFiles([file]);
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

const tag = `${process.pid}`;

describe('the lint rules of the architecture', () => {
  it('refuses an import that closes a cycle between API modules', async () => {
    // agreements already depends on decisions (the originality of a negotiated contract).
    const cycle = fixture(
      `apps/api/src/modules/decisions/lint-fixture-${tag}.ts`,
      "import { agreementOf } from '../agreements/agreements.case';\n\nexport const seen = agreementOf;\n",
    );
    expect(await problems(cycle)).toEqual([
      expect.stringMatching(
        /^kyoso\/no-module-cycle: Import cycle between API modules: decisions → agreements → decisions/,
      ),
    ]);
    // The other way round is the direction the modules already depend in: accepted.
    const oneWay = fixture(
      `apps/api/src/modules/kpis/lint-fixture-${tag}.ts`,
      "import { agreementOf } from '../agreements/agreements.case';\n\nexport const seen = agreementOf;\n",
    );
    expect(await problems(oneWay)).toEqual([]);
  });

  it("refuses a module reading another module's table", async () => {
    const file = fixture(
      `apps/api/src/modules/kpis/lint-fixture-table-${tag}.ts`,
      "import { proposalsTable } from '../proposals/proposals.table';\n\nexport const seen = proposalsTable;\n",
    );
    expect(await problems(file)).toEqual([
      expect.stringMatching(
        /^no-restricted-imports: .*through that module's repository or service/,
      ),
    ]);
  });

  it('keeps the web app in one direction: pages compose features, shared code imports neither', async () => {
    const feature = fixture(
      'apps/web/src/features/lint-fixture/bad.ts',
      "import { routes } from '../../app/router';\n\nexport const seen = routes;\n",
    );
    expect(await problems(feature)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^no-restricted-imports: .*A feature may not import from app\//),
      ]),
    );
    const shared = fixture(
      `apps/web/src/lib/lint-fixture-${tag}.ts`,
      "import { getCase } from '../features/case/api/get-case';\n\nexport const seen = getCase;\n",
    );
    expect(await problems(shared)).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*may not import features or pages/),
    ]);
  });

  it('refuses words chosen by testing the language, and API addresses outside the API layer', async () => {
    const file = fixture(
      'apps/web/src/features/lint-fixture/words.ts',
      [
        'export function label(language: string): string {',
        "  return language === 'ja' ? '提案' : 'Proposal';",
        '}',
        '',
        "export const address = '/api/proposals';",
        '',
      ].join('\n'),
    );
    const found = await problems(file);
    expect(found).toEqual([
      expect.stringMatching(/^kyoso\/no-language-ternary: /),
      expect.stringMatching(/^no-restricted-syntax: Call the API through features/),
    ]);
  });
});
