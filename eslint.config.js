// Layer rules: dependencies point one way (shared ← core ← hosts; renderer ← shared). Do not relax them.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Bare built-in names are matched exactly (as `paths`), so a project file such as ./http is not mistaken for one.
const nodeBuiltinNames = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'util', 'worker_threads', 'stream', 'buffer', 'process'];
const nodeBuiltins = ['node:*'];
const electronOnly = { group: ['electron', 'electron/*', 'electron-store'], message: 'Only the Electron shell (electron/main, electron/preload) may import electron.' };
const storageOnly = { group: ['lowdb', 'lowdb/*', 'steno'], message: 'Only the core storage module (electron/core/storage) may import lowdb.' };
const shellOnly = { group: ['**/main/**', '**/preload/**'], message: 'The core does not depend on the Electron shell.' };
const noRenderer = { group: ['**/renderer/**'], message: 'Nothing outside renderer/ imports the UI.' };

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.object.name='Object'][callee.property.name='assign']", message: 'Object.assign onto existing objects is a prototype-pollution vector: use spread.' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltinNames.map((name) => ({ name, message: 'shared/ is pure: no Node.' })), patterns: [
        { group: nodeBuiltins, message: 'shared/ is pure: no Node.' },
        { group: ['react', 'react-dom', 'react/*', 'dompurify', 'marked'], message: 'shared/ is pure: no UI.' },
        { group: ['**/electron/**', '**/seeds/**'], message: 'shared/ depends on nothing in the project.' },
        electronOnly, storageOnly, noRenderer,
      ] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'localStorage', 'fetch'],
    },
  },
  {
    // The core's storage module: the one place lowdb is imported.
    files: ['electron/core/storage/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronOnly, noRenderer, shellOnly] }] },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/hosting/**/*.ts', 'electron/web/**/*.ts', 'electron/launcher/**/*.ts'],
    ignores: ['electron/core/storage/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [electronOnly, storageOnly, noRenderer, shellOnly] }] },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [storageOnly, noRenderer] }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: nodeBuiltinNames.map((name) => ({ name, message: 'The renderer never imports Node code.' })), patterns: [
        { group: nodeBuiltins, message: 'The renderer never imports Node code.' },
        { group: ['**/electron/**'], message: 'The renderer talks to the host only through renderer/api.' },
        electronOnly, storageOnly,
      ] }],
      'no-restricted-globals': ['error', 'process', 'Buffer', 'require'],
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.{ts,tsx}', 'seeds/**/*.ts', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
);
