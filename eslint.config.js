// One lint configuration for the whole repository (ESLint flat config + typescript-eslint).
// Formatting is Prettier's job; this file only holds rules about correctness and boundaries.
import path from 'node:path';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/** File names are kebab-case (`proposals.routes.ts`, `status-stepper.tsx`). */
const kyosoPlugin = {
  rules: {
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
      // The web app never reaches into the API's code: only the shared packages.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/apps/api/**', '@kyoso/api', '@kyoso/api/*'],
              message: 'The web app may not import server code.',
            },
          ],
        },
      ],
    },
  },
  {
    // The contract package is zod-only: nothing from the server, the browser or Node.
    files: ['packages/contracts/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!zod$|@kyoso/i18n/|\\./|\\.\\./).*',
              message: '@kyoso/contracts depends on zod and @kyoso/i18n only.',
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
