import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Dataset text is rendered as text, never as HTML.',
        },
      ],
    },
  },
  {
    // Tests index fixtures they built themselves; a wrong index fails the test anyway.
    files: ['**/*.test.{ts,tsx}', 'e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Layers depend one way: dataset -> domain -> state -> features -> app.
    files: ['src/dataset/**', 'src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/state/**', '**/features/**', '**/app/**', 'react', 'react-dom'] },
      ],
    },
  },
  {
    files: ['src/state/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/features/**', '**/app/**'] }] },
  },
  {
    files: ['src/features/*/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**', '../../features/**'] }] },
  },
)
