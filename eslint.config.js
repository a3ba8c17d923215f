// Lint: ESLint's and typescript-eslint's recommended rules (syntax-level, fast), plus a few that guard
// the privacy rules of the project (no eval, no innerHTML-style sinks for page text).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.output-test/', '.wxt/', 'dist/', 'test-results/', 'reports/', 'demo-screenshots/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // `let x = fallback; try { x = risky() } catch { … }` is the idiom for DOM calls that may throw.
      'no-useless-assignment': 'off',
      // Playwright's test.extend<{}, …> needs an empty object type.
      '@typescript-eslint/no-empty-object-type': ['error', { allowObjectTypes: 'always' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Product code never builds DOM from strings (page text must not become markup). Tests may set up fixtures with it.
    files: ['lib/**', 'components/**', 'entrypoints/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Never build DOM from strings: use Preact or textContent.' },
        { property: 'outerHTML', message: 'Never build DOM from strings: use Preact or textContent.' },
        { property: 'insertAdjacentHTML', message: 'Never build DOM from strings: use Preact or textContent.' },
      ],
    },
  },
  // The analysis core is pure TypeScript shared by the content script, the CLI and the tests: it imports only its own
  // modules (relative paths that stay inside lib/analysis), no package, alias, browser or Node module, and reads no
  // browser globals.
  ...[
    { files: ['lib/analysis/*.ts'], outside: '^\\.\\./' },
    { files: ['lib/analysis/*/*.ts'], outside: '^(?:\\.\\./){2}' },
    { files: ['lib/analysis/*/*/*.ts'], outside: '^(?:\\.\\./){3}' },
  ].map(({ files, outside }) => ({
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(?!\\.{1,2}/)', message: 'lib/analysis imports only its own modules (relative paths): no package, alias or browser API.' },
            { regex: outside, message: 'lib/analysis imports nothing outside lib/analysis.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'location', 'browser', 'chrome', 'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'process', 'require'].map((name) => ({ name, message: 'lib/analysis is pure: no DOM, browser or Node API.' }))],
    },
  })),
);
