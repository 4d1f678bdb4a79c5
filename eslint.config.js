// Lint rules, including the layer boundaries: shared/ imports neither renderer/ nor electron/,
// and electron/ never imports renderer/. In the renderer, from the top down: screens put features together; a
// feature imports no other feature; ui and session serve the features; the store is the only door to the database.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const features = readdirSync(new URL('./renderer/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** One zone a feature: it may import its own files, never another feature's (shared pieces go to ui or session). */
const featureZones = features.map((feature) => ({
  target: `./renderer/features/${feature}`,
  from: './renderer/features',
  except: [`./${feature}`],
  message: `A feature does not import another feature: move what ${feature} shares to renderer/ui or renderer/session, or put the features together in renderer/screens.`,
}));

const belowScreens = ['./renderer/features', './renderer/ui', './renderer/session', './renderer/store'].map((target) => ({
  target,
  from: './renderer/screens',
  message: 'Screens put features together: nothing below them imports a screen.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    // The zones below only see imports the resolver finds: without the TypeScript extensions it found none of ours.
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.json'] })] },
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
            { target: './renderer/store', from: './renderer/session', message: 'The store is below the screens: it must not import the session.' },
            { target: './renderer/ui', from: './renderer/features', message: 'ui pieces serve every feature: they must not import one.' },
            { target: './renderer/session', from: './renderer/features', message: 'The session serves every feature: it must not import one.' },
            { target: './renderer/ui', from: './renderer/session', message: 'ui pieces take what they show as props; the session is for features and screens.' },
            ...featureZones,
            ...belowScreens,
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
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/store/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dexie', message: 'Only renderer/store opens the database: add what you need to the store.' }],
          patterns: [{ group: ['**/store/db'], message: 'Only renderer/store holds the database class: call a store function instead.' }],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'indexedDB', 'process', 'require'],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'electron', 'dexie', 'react', 'react-dom', '@mui/*'] }],
    },
  },
);
