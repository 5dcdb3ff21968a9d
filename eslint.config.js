import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)

const above = (layer, ...higher) => ({
  target: `./src/${layer}`,
  from: higher.map((h) => `./src/${h}`),
  message: `${layer} sits below ${higher.join(', ')}: it may not import from them.`,
})

export const LAYER_ZONES = [
  above('dataset', 'domain', 'state', 'features', 'app', 'ui'),
  above('domain', 'state', 'features', 'app', 'ui'),
  above('state', 'features', 'app', 'ui'),
  above('ui', 'dataset', 'domain', 'state', 'features', 'app'),
  above('features', 'app'),
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: move what they share down a layer, or compose them in app.',
  })),
]

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results', 'src/**/*.generated.*'] },
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
    // Layers depend one way: dataset -> domain -> state -> features -> app, with ui (shared primitives)
    // below features and app. Features never import each other. Paths are resolved, so no spelling of
    // an import gets past: see scripts/lint-boundaries.test.ts.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver()] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }] },
  },
  {
    // The lower layers are plain TypeScript: no React.
    files: ['src/dataset/**', 'src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['react', 'react-dom', 'react/*'] }] },
  },
)
