// Lint rules (npm run lint): typescript-eslint's recommended rules, for what the type checker does not
// catch (unused imports and variables, floating promises are left to review). No formatting rules: the
// code's layout is reviewed by eye, and a formatter would rewrite every file at once.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', Buffer: 'readonly', performance: 'readonly', TextDecoder: 'readonly', TextEncoder: 'readonly', structuredClone: 'readonly', queueMicrotask: 'readonly', __dirname: 'readonly', __filename: 'readonly', require: 'readonly', module: 'writable' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Matching control characters, escape sequences and combining marks is this project's job (terminal
      // safety, invisible characters, grapheme clusters): patterns with them are deliberate.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
      // Tests match the aligned columns of the output, where two spaces are what is meant.
      'no-regex-spaces': 'off',
    },
  },
  {
    // CommonJS by necessity: the bin and the boot loader start before any ES module (start-up time).
    files: ['bin/**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { exports: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
