import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import noLiteralUiString from './eslint-rules/no-literal-ui-string.mjs';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'stream', 'events', 'worker_threads'];
const nativeAndServerPackages = ['electron', 'better-sqlite3', 'keytar', 'ws'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // The renderer is a sandboxed web page: no Node, no Electron, no native modules, and every
    // string it shows is translated.
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, sportello: { rules: { 'no-literal-ui-string': noLiteralUiString } } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'sportello/no-literal-ui-string': 'error',
      'no-restricted-imports': ['error', {
        patterns: [
          { group: nodeBuiltins, message: 'The renderer cannot use Node modules; ask core through the contract.' },
          { group: nativeAndServerPackages, message: 'The renderer cannot use Electron or native modules; ask core through the contract.' },
          { group: ['**/electron/**'], message: 'The renderer talks to the Electron side only through shared/ and the contract.' },
        ],
      }],
    },
  },
  {
    // Core runs under plain Node (tests, browser host): Electron stays in the shell.
    files: ['electron/core/**/*.ts', 'electron/host/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron'], message: 'Core must not import electron; add a port that the shell fills.' },
          { group: ['**/main/**', '**/preload/**'], message: 'Core must not depend on the Electron shell.' },
        ],
      }],
    },
  },
  {
    // shared/ is used by both sides: pure TypeScript, no runtime-specific modules.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: [...nodeBuiltins, ...nativeAndServerPackages], message: 'shared/ must run in both Node and the browser.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ depends on nothing but itself and pure packages.' },
        ],
      }],
    },
  },
);
