import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** Issue 16: the script a reader downloads before the first paint, gzip-compressed. */
export const INITIAL_SCRIPT_BUDGET_BYTES = 150 * 1000

/** The scripts the page asks for at once: its module scripts and their modulepreloads, in order. */
export function initialScriptPaths(html: string): string[] {
  const paths: string[] = []
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const isModule = /^<script\b/i.test(tag) && /\btype=["']?module\b/i.test(tag)
    const isPreload = /^<link\b/i.test(tag) && /\brel=["']?modulepreload\b/i.test(tag)
    const url = /\b(?:src|href)=["']?([^"'\s>]+)/i.exec(tag)?.[1]
    if ((isModule || isPreload) && url && !paths.includes(url)) paths.push(url)
  }
  return paths
}

export type InitialScript = { files: { path: string; gzipBytes: number }[]; gzipBytes: number; budgetBytes: number }

/** Measures the built page in `dir` (its index.html and the files it names), as each is served compressed. */
export function measureInitialScript(dir: string): InitialScript {
  const files = initialScriptPaths(readFileSync(join(dir, 'index.html'), 'utf8')).map((path) => ({
    path,
    gzipBytes: gzipSync(readFileSync(join(dir, path.replace(/^\//, '')))).length,
  }))
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), budgetBytes: INITIAL_SCRIPT_BUDGET_BYTES }
}

export function describeInitialScript({ files, gzipBytes, budgetBytes }: InitialScript): string {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
  const verdict = files.length === 0 ? 'not measured: the page names no script' : gzipBytes <= budgetBytes ? 'met' : 'missed'
  return `Initial script (before first paint, gzip): ${kB(gzipBytes)} (≤ ${kB(budgetBytes)}: ${verdict}); ${files.map((f) => `${f.path} ${kB(f.gzipBytes)}`).join(', ')}.`
}
