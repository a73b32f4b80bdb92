// One lint configuration for the whole repository (ESLint flat config + typescript-eslint).
// Formatting is Prettier's job; this file only holds rules about correctness and boundaries.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

const LANGUAGE_NAMES = /^(language|lang|locale|currentLanguage)$/;
const LANGUAGE_CODES = new Set(['ja', 'en', 'easy']);

/** `language === 'ja'`, `lang !== 'en'`, `ja` / `isJa`: a test on the reader's language. */
function isLanguageTest(node) {
  if (!node) {
    return false;
  }
  if (node.type === 'Identifier') {
    return /^(ja|isJa|isJapanese|en|isEn|isEnglish)$/.test(node.name);
  }
  if (node.type === 'UnaryExpression' && node.operator === '!') {
    return isLanguageTest(node.argument);
  }
  if (node.type === 'LogicalExpression') {
    return isLanguageTest(node.left) || isLanguageTest(node.right);
  }
  if (node.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(node.operator)) {
    const sides = [node.left, node.right];
    const named = sides.some(
      (side) =>
        (side.type === 'Identifier' && LANGUAGE_NAMES.test(side.name)) ||
        (side.type === 'MemberExpression' &&
          side.property.type === 'Identifier' &&
          LANGUAGE_NAMES.test(side.property.name)),
    );
    const code = sides.some(
      (side) => side.type === 'Literal' && LANGUAGE_CODES.has(String(side.value)),
    );
    return named && code;
  }
  return false;
}

const SOURCE_EXTENSIONS = ['.ts', '.tsx'];

/** Every file under a folder (recursively). */
function filesUnder(dir) {
  const out = [];
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      out.push(...filesUnder(full));
    } else if (
      SOURCE_EXTENSIONS.includes(path.extname(full)) &&
      // Tests and table files (whose foreign keys name other tables) are not dependencies of code.
      !/\.(test|table)\.tsx?$/.test(full)
    ) {
      out.push(full);
    }
  }
  return out;
}

const IMPORT_PATTERN = /^\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'/gm;
let moduleGraphCache = null;

/**
 * The API's modules and which other modules each one imports (type imports included: a type
 * import is a dependency of the design, even if it vanishes at run time). Read once per lint run.
 */
function moduleGraph(modulesDir) {
  if (moduleGraphCache?.dir === modulesDir) {
    return moduleGraphCache.graph;
  }
  const graph = new Map();
  for (const name of readdirSync(modulesDir)) {
    const dir = path.join(modulesDir, name);
    if (!statSync(dir).isDirectory()) {
      continue;
    }
    const deps = new Set();
    for (const file of filesUnder(dir)) {
      for (const match of readFileSync(file, 'utf8').matchAll(IMPORT_PATTERN)) {
        const spec = match[1];
        if (!spec.startsWith('.')) {
          continue;
        }
        const target = path.relative(modulesDir, path.resolve(path.dirname(file), spec));
        const other = target.split(path.sep)[0];
        if (other && other !== name && !other.startsWith('..')) {
          deps.add(other);
        }
      }
    }
    graph.set(name, deps);
  }
  moduleGraphCache = { dir: modulesDir, graph };
  return graph;
}

/** A path of module names from `from` to `to`, if `from` reaches `to`. */
function findPath(graph, from, to, seen = new Set()) {
  if (from === to) {
    return [to];
  }
  seen.add(from);
  for (const next of graph.get(from) ?? []) {
    if (!seen.has(next)) {
      const rest = findPath(graph, next, to, seen);
      if (rest) {
        return [from, ...rest];
      }
    }
  }
  return null;
}

/** File names are kebab-case (`proposals.routes.ts`, `status-stepper.tsx`). */
const kyosoPlugin = {
  rules: {
    'no-language-ternary': {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          ternary:
            'Words for the reader come from the catalogue (useT / translator), not from a test on the language.',
          bilingual:
            'An inline text in several languages: put it in a catalogue of @kyoso/i18n instead.',
        },
      },
      create(context) {
        return {
          ConditionalExpression(node) {
            if (isLanguageTest(node.test)) {
              context.report({ node, messageId: 'ternary' });
            }
          },
          LogicalExpression(node) {
            if ((node.operator === '&&' || node.operator === '||') && isLanguageTest(node.left)) {
              if (
                node.parent?.type !== 'LogicalExpression' &&
                node.parent?.type !== 'ConditionalExpression'
              ) {
                context.report({ node, messageId: 'ternary' });
              }
            }
          },
          ObjectExpression(node) {
            const keys = new Set(
              node.properties
                .filter((p) => p.type === 'Property' && p.key.type === 'Identifier')
                .map((p) => p.key.name),
            );
            if (keys.has('ja') && keys.has('en')) {
              const values = node.properties.filter(
                (p) =>
                  p.type === 'Property' &&
                  p.key.type === 'Identifier' &&
                  (p.key.name === 'ja' || p.key.name === 'en'),
              );
              if (
                values.every(
                  (p) => p.value.type === 'Literal' || p.value.type === 'TemplateLiteral',
                )
              ) {
                context.report({ node, messageId: 'bilingual' });
              }
            }
          },
        };
      },
    },
    'no-module-cycle': {
      meta: {
        type: 'problem',
        schema: [],
        messages: {
          cycle: 'Import cycle between API modules: {{cycle}}. Depend in one direction only.',
        },
      },
      create(context) {
        const file = context.filename;
        const marker = `${path.sep}modules${path.sep}`;
        const at = file.lastIndexOf(marker);
        if (at < 0 || file.endsWith('.table.ts')) {
          return {};
        }
        const modulesDir = file.slice(0, at + marker.length - 1);
        const self = file.slice(at + marker.length).split(path.sep)[0];
        return {
          ImportDeclaration(node) {
            const spec = node.source.value;
            if (typeof spec !== 'string' || !spec.startsWith('.')) {
              return;
            }
            const target = path.relative(modulesDir, path.resolve(path.dirname(file), spec));
            const other = target.split(path.sep)[0];
            if (!other || other === self || other.startsWith('..')) {
              return;
            }
            const back = findPath(moduleGraph(modulesDir), other, self);
            if (back) {
              context.report({
                node,
                messageId: 'cycle',
                data: { cycle: [self, ...back].join(' → ') },
              });
            }
          },
        };
      },
    },
    'kebab-case-file-names': {
      meta: { type: 'suggestion', schema: [] },
      create(context) {
        return {
          Program(node) {
            const base = path.basename(context.filename).replace(/\.(ts|tsx|js|mjs)$/, '');
            if (!KEBAB_CASE.test(base)) {
              context.report({ node, message: `File name "${base}" is not kebab-case.` });
            }
          },
        };
      },
    },
  },
};

const SERVER_CODE = {
  group: ['**/apps/api/**', '@kyoso/api', '@kyoso/api/*'],
  message: 'The web app may not import server code.',
};

const API_ADDRESS_MESSAGE =
  'Call the API through features/<x>/api/* (typed by the contracts), not with an address written here.';
const API_ADDRESS_RULES = [
  { selector: 'Literal[value=/^\\/api\\//]', message: API_ADDRESS_MESSAGE },
  { selector: 'TemplateElement[value.raw=/^\\/api\\//]', message: API_ADDRESS_MESSAGE },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'data/**',
      'migrations/**',
      'coverage/**',
      '.ci/out/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            '*.js',
            'vitest.config.ts',
            'apps/*/vitest.config.ts',
            'packages/*/vitest.config.ts',
            'scripts/*.mjs',
            'apps/api/scripts/*.mjs',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    plugins: { kyoso: kyosoPlugin },
    rules: {
      curly: ['error', 'all'],
      // Japanese text uses the ideographic space (U+3000) on purpose, in strings and templates.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],

      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'error',
      'kyoso/kebab-case-file-names': 'error',
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'separate-type-imports' },
      ],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      // `import { type X }` keeps the module (and what it imports) in the bundle: `import type`.
      '@typescript-eslint/no-import-type-side-effects': 'error',

      '@typescript-eslint/no-floating-promises': 'error',
      // Fastify plugins and hooks are async by convention even when they do not await.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/only-throw-error': 'error',
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    // Plain JavaScript files (configs, build scripts) are not type-checked.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Command-line scripts, benchmarks and CI helpers talk to a terminal.
    files: [
      'scripts/**',
      'apps/api/scripts/**',
      'apps/api/src/scripts/**',
      'apps/api/bench/**',
      '.ci/**',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'kyoso/no-language-ternary': 'error',
      // The web app never reaches into the API's code: only the shared packages.
      'no-restricted-imports': ['error', { patterns: [SERVER_CODE] }],
      // Addresses of the API are written in one place: the features' api folders.
      'no-restricted-syntax': ['error', ...API_ADDRESS_RULES],
    },
  },
  {
    // app → features → components, lib, config: a feature never reaches into a page.
    files: ['apps/web/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            SERVER_CODE,
            {
              regex: '(^|/)app/',
              message: 'A feature may not import from app/ (pages compose features).',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'apps/web/src/components/**/*.{ts,tsx}',
      'apps/web/src/lib/**/*.{ts,tsx}',
      'apps/web/src/config/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            SERVER_CODE,
            {
              regex: '(^|/)(app|features)/',
              message: 'Shared code (components, lib, config) may not import features or pages.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['apps/web/src/features/*/api/**/*.ts', 'apps/web/src/lib/**/*.{ts,tsx}'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // API modules depend in one direction, and never on another module's table (a table file
    // may name another table for a foreign key).
    files: ['apps/api/src/modules/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.table.ts'],
    rules: {
      'kyoso/no-module-cycle': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[^/]+/[^/]+\\.table$',
              message:
                "A module reads another module's data through that module's repository or service, never its table.",
            },
          ],
        },
      ],
    },
  },
  {
    // The API writes every word a person reads from the catalogue too (e-mails, PDF, CSV,
    // answers); demo data and tests may hold texts in several languages.
    files: ['apps/api/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'apps/api/src/seed/**'],
    rules: { 'kyoso/no-language-ternary': 'error' },
  },
  {
    // The contract package is zod-only: nothing from the server, the browser or Node (the pure
    // @kyoso/i18n and @kyoso/impact packages are allowed: words and the SROI limits).
    files: ['packages/contracts/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|@kyoso/i18n/|@kyoso/impact/|\\./|\\.\\./).*',
              message: '@kyoso/contracts depends on zod, @kyoso/i18n and @kyoso/impact only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'apps/api/test/**', 'apps/web/e2e/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // Response bodies from app.inject are untyped JSON; tests assert on them directly.
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
);
