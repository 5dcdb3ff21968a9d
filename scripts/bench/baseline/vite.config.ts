import { defineConfig } from 'vite'

/** Builds the bare vis-timeline page into the app's bench build, served at /baseline/. */
export default defineConfig({
  root: 'scripts/bench/baseline',
  base: '/baseline/',
  logLevel: 'warn',
  build: { outDir: '../../../node_modules/.bench-dist/baseline', emptyOutDir: true },
})
