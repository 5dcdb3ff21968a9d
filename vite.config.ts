import { defineConfig } from 'vitest/config'
import type { Plugin } from 'vite'
import react from '@vitejs/plugin-react'
import tailwindcss from '@tailwindcss/vite'

/**
 * The built page's Content-Security-Policy: only this origin's own scripts, styles, images and
 * data and workers (the importer runs in one); no eval, no inline script, no plugins, no framing of other sites. React and vis-timeline
 * set styles through the CSSOM, which style-src does not govern, so no 'unsafe-inline' is needed.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self' https:",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ')

/** Build only: the dev server needs Vite's inline HMR client, which this policy forbids. */
function contentSecurityPolicy(): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        // Right after the charset, before any script or stylesheet the policy must govern.
        const charset = /<meta charset="[^"]*"\s*\/?>/i
        if (!charset.test(html)) throw new Error('index.html needs a <meta charset> for the CSP to follow')
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`)
      },
    },
  }
}

/**
 * main.tsx imports React's DOM, then the app, so that the script is evaluated in three tasks, not one
 * long one. Those chunks are fetched at once all the same: preloaded from the page, no waterfall.
 */
function preloadEntryImports(): Plugin {
  return {
    name: 'preload-entry-imports',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, chunk }) {
        if (!bundle || !chunk) return html
        const files = new Set<string>()
        const visit = (file: string) => {
          const found = bundle[file]
          if (found?.type !== 'chunk' || files.has(file) || html.includes(`/${file}"`)) return
          files.add(file)
          found.imports.forEach(visit)
        }
        chunk.dynamicImports.forEach(visit)
        return [...files].map((file) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${file}` }, injectTo: 'head' as const }))
      },
    },
  }
}

// timeline-xss builds vis labels, so it needs a DOM.
const NODE_TESTS = ['src/dataset/**/*.test.ts', 'src/domain/**/*.test.ts', 'src/test/hostile/!(timeline-xss).test.ts', 'scripts/**/*.test.ts']

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), preloadEntryImports()],
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    pool: 'threads',
    maxWorkers: 2,
    // CI is a busy 2-core machine: the big-input tests assert results, and must not fail on a slow run.
    testTimeout: 15_000,
    // jsdom costs about a second per file: only the tests that render or use window get it.
    projects: [
      { extends: true, test: { name: 'node', environment: 'node', include: NODE_TESTS } },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          // One jsdom per worker instead of one per file: 65 s → 35 s for the unit tests. setup-dom resets what tests share.
          isolate: false,
          setupFiles: ['src/test/setup.ts', 'src/test/setup-dom.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: NODE_TESTS,
        },
      },
    ],
  },
})
