import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Classic zod's methods and JSON-schema writer cost every content script ~18 kB gzip and ~25 ms
// at page load; utils/zod.ts gives the same checks from zod/mini.
const CLASSIC_ZOD = { regex: '^zod(?:/v4)?$', message: 'Import { z } from utils/zod (zod/mini).' };

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'test/fixtures', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      'no-control-regex': 'off',
      'no-misleading-character-class': 'error',
      'no-restricted-imports': ['error', { patterns: [CLASSIC_ZOD] }],
    },
  },
  {
    // The analyzer is a pure library: text in, findings with message ids out. Words, money and dates
    // are the UI's (utils/i18n/finding-text.ts); it runs the same in a page, a worker and plain Node.
    files: ['utils/analyzer/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'The analyzer runs in the browser too: no Node modules.' },
            { regex: '^(?:wxt|@wxt-dev|webextension-polyfill|react|preact|dexie)', message: 'The analyzer is pure: no browser, UI or storage libraries.' },
            {
              regex: '(?:^|/)(?:i18n|settings|sites|stats|messages|catalog)(?:/|$)',
              message: 'The analyzer reports ids; words, settings and storage belong to the layers above it.',
            },
            { regex: '^@/', message: 'Relative imports only inside the analyzer.' },
            CLASSIC_ZOD,
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'browser', 'chrome', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
);
