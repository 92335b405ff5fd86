import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './eslint/layers.mjs';

const electronOnlyInShell = {
  paths: [
    { name: 'electron', message: "Only src/main/electron/ and src/preload/ may import 'electron'; the core stays plain Node." },
    { name: 'electron-store', message: 'electron-store imports electron: use the SettingsStore port outside the shell.' },
    { name: 'electron-updater', message: 'electron-updater needs electron: the core sees it only through the UpdaterPort.' },
  ],
};

/**
 * The simulators are the project's stand-in for the vendors, so they are written from the
 * vendors' documents and never from the client's code (issue 14): only generic helpers
 * with no vendor knowledge (clock, seeded random, errorMessage) may be shared.
 */
const SIMULATOR_FILES = ['src/main/simulators/**'];
const simulatorsStayOutOfTheClient = {
  ...electronOnlyInShell,
  patterns: [
    {
      regex: '(^|/)(core/(tokenx|tosla|checkout)|shared/(tokenx|tosla|basket))(/|$)',
      message: "A simulator is written from the vendor's documents, never from the client's code: give it its own schemas, rules and helpers.",
    },
  ],
};
/** The client reaches a simulator only through the training port (src/main/core/training/), which is injected. */
const clientReachesSimulatorsThroughTraining = {
  ...electronOnlyInShell,
  patterns: [
    {
      regex: '(^|/)simulators(/|$)',
      message: 'Only src/main/core/training/ may import a simulator; inject what it starts (see launchEmbeddedTokenx, launchEmbeddedTosla).',
    },
  ],
};

export default tseslint.config(
  // The layering fixtures break the table on purpose; test/build/layers.test.ts lints them.
  { ignores: ['out/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'test/fixtures/layering/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', electronOnlyInShell],
    },
  },
  {
    files: SIMULATOR_FILES,
    rules: { 'no-restricted-imports': ['error', simulatorsStayOutOfTheClient] },
  },
  {
    files: ['src/main/core/**/*.ts', 'src/shared/**/*.ts'],
    ignores: ['src/main/core/training/**'],
    rules: { 'no-restricted-imports': ['error', clientReachesSimulatorsThroughTraining] },
  },
  {
    files: ['src/main/electron/**/*.ts', 'src/preload/**/*.ts', 'test/shell/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          ...electronOnlyInShell,
          patterns: [{ group: ['**/main/**', 'node:*'], message: 'The renderer talks to main only through window.pos.' }],
        },
      ],
    },
  },
  {
    // Which folder may import which (the table is eslint/layers.mjs).
    files: ['src/main/core/**/*.ts', 'src/renderer/src/**/*.{ts,tsx}'],
    plugins: { tezgah: layersPlugin },
    rules: { 'tezgah/layers': 'error' },
  },
  {
    files: ['scripts/**/*.mjs', '.ci/**/*.mjs', 'eslint/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
