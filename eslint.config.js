import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'tests/artifacts/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine and the rules are pure: they run on any Document, in the page, in tests and in the CLI.
    files: ['utils/engine/**', 'utils/rules/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt', 'wxt/*', '#imports', 'webextension-polyfill', '@wxt-dev/*'] }],
      'no-restricted-globals': ['error', 'browser', 'chrome', 'window', 'localStorage', 'fetch'],
    },
  },
);
