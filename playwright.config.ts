import { defineConfig, devices } from '@playwright/test'

// E2E_PORT lets several runs share a machine, each with its own build and server.
const PORT = Number(process.env.E2E_PORT ?? 4173)
const OUT_DIR = PORT === 4173 ? 'dist' : `node_modules/.e2e-dist-${PORT}`
// `npx playwright install` cannot download here: drive the system Chromium.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // A safety net only: a test that needs its retry is a flaky test, and the stress script counts it.
  retries: process.env.CI ? 1 : 0,
  // One per core: a third worker was no faster on 2 cores (6.8 and 7.5 min against 6.6 min on a slow
  // day, within variation on a quick one) and made a slow test need its retry (see the README).
  workers: Number(process.env.E2E_WORKERS ?? 2),
  reporter: 'list',
  // Waits are for states a reader sees; a slow 2-core machine may take a few seconds to reach them.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording every test's trace costs a third of the run; a retry still records one.
    trace: 'on-first-retry',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [{ name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: {
    // The production build, as users get it.
    command: `node_modules/.bin/vite build --outDir ${OUT_DIR} --emptyOutDir && node_modules/.bin/vite preview --outDir ${OUT_DIR} --host 127.0.0.1 --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
