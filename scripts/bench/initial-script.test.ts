import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { describeInitialScript, initialScriptPaths, measureInitialScript } from './initial-script'

const PAGE = `<!doctype html><html><head>
  <link rel="icon" href="/favicon.svg">
  <script type="module" crossorigin src="/assets/index-abc.js"></script>
  <link rel="modulepreload" crossorigin href="/assets/vendor-def.js">
  <link rel="stylesheet" href="/assets/index-abc.css">
  <link rel="preload" as="fetch" href="/assets/data.json">
  <script src="/legacy.js"></script>
</head><body></body></html>`

describe('initialScriptPaths', () => {
  it('names the module scripts and modulepreloads, not styles, data or classic scripts', () => {
    expect(initialScriptPaths(PAGE)).toEqual(['/assets/index-abc.js', '/assets/vendor-def.js'])
  })
})

describe('measureInitialScript', () => {
  it('adds up the compressed size of each named script and judges it against the budget', () => {
    const dir = mkdtempSync(join(tmpdir(), 'initial-script-'))
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, 'index.html'), PAGE)
    // Random-looking text does not compress: its gzip size is about its length.
    const noise = (n: number) => Array.from({ length: n }, (_, i) => ((i * 2654435761) >>> 0).toString(36)).join('')
    writeFileSync(join(dir, 'assets/index-abc.js'), noise(20_000))
    writeFileSync(join(dir, 'assets/vendor-def.js'), 'x'.repeat(1_000_000))
    const measured = measureInitialScript(dir)
    expect(measured.files.map((f) => f.path)).toEqual(['/assets/index-abc.js', '/assets/vendor-def.js'])
    // A megabyte of one letter compresses to about a thousandth; the noise barely at all.
    expect(measured.files[1]!.gzipBytes).toBeLessThan(5_000)
    expect(measured.files[0]!.gzipBytes).toBeGreaterThan(80_000)
    expect(measured.gzipBytes).toBe(measured.files[0]!.gzipBytes + measured.files[1]!.gzipBytes)
    expect(describeInitialScript(measured)).toMatch(/^Initial script \(before first paint, gzip\): [\d.]+ kB \(≤ 150\.0 kB: met\)/)
    expect(describeInitialScript({ ...measured, budgetBytes: 1000 })).toContain(': missed)')
  })
})
