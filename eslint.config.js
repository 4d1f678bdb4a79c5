// Lint rules, including the layer boundaries: shared/ imports neither renderer/ nor electron/,
// and electron/ never imports renderer/.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './shared', from: './renderer', message: 'shared/ is pure domain code: it must not import the renderer.' },
            { target: './shared', from: './electron', message: 'shared/ is pure domain code: it must not import Electron code.' },
            { target: './electron', from: './renderer', message: 'The main process must not import renderer code.' },
            { target: './renderer', from: './electron', message: 'The renderer reaches the main process only through the preload API.' },
            { target: './renderer/store', from: './renderer/features', message: 'The store is below the screens: it must not import a feature.' },
            { target: './renderer/store', from: './renderer/ui', message: 'The store is below the screens: it must not import ui components or formats.' },
            { target: './server', from: './renderer', message: 'The office server imports its rules from shared/, never from the desk.' },
            { target: './server', from: './electron', message: 'The office server imports its rules from shared/, never from the desk.' },
            { target: './shared', from: './server', message: 'shared/ is pure domain code: it must not import the server.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'process', 'require'],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'electron', 'dexie', 'react', 'react-dom', '@mui/*'] }],
    },
  },
);
