// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { validateDataset } from './validate'

const read = (relative: string) => readFileSync(fileURLToPath(new URL(relative, import.meta.url)), 'utf8')
const ARTICLE_NAME = 'coalition-of-the-willing-article.txt'
/** The repo's own copy of the primary source, so a plain clone tests on its own. */
const ARTICLE = `../../data/sources/${ARTICLE_NAME}`
/** The read-only original beside the project, where there is one (CI, the team's machines). */
const SHARED_ARTICLE = fileURLToPath(new URL(`../../../shared/sources/${ARTICLE_NAME}`, import.meta.url))
const paragraphsOf = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)

const result = validateDataset(JSON.parse(read('../../data/coalition-of-the-willing.json')))
if (!result.ok) throw new Error(`curated dataset is invalid: ${JSON.stringify(result.problems)}`)
const curated = result.data
const article = curated.sources.find((s) => s.id === 'article')

describe('the curated dataset', () => {
  it('keeps the primary article paragraph for paragraph, as published', () => {
    const paragraphs = paragraphsOf(read(ARTICLE))
    expect(paragraphs).toHaveLength(14)
    expect(article?.paragraphs).toEqual(paragraphs)
  })

  const hasShared = existsSync(SHARED_ARTICLE)
  it.skipIf(!hasShared)(
    hasShared
      ? 'keeps its copy of the article byte for byte as the original in ../shared/sources'
      : 'compares its copy of the article with ../shared/sources: skipped, no ../shared beside this clone',
    () => {
      expect(read(ARTICLE)).toBe(readFileSync(SHARED_ARTICLE, 'utf8'))
    },
  )

  it('quotes the article verbatim, in the paragraph it cites', () => {
    const quotes = curated.events.flatMap((e) => e.quotes.map((q) => ({ event: e.id, ...q })))
    const fromArticle = quotes.filter((q) => q.source.source === 'article')
    expect(fromArticle.length).toBeGreaterThan(0)
    for (const quote of fromArticle) {
      const cited = (quote.source.paragraphs ?? []).map((n) => article?.paragraphs?.[n - 1] ?? '').join('\n')
      expect(cited, `${quote.event}: "${quote.text}"`).toContain(quote.text)
    }
  })

  it('cites the article for every event it reports', () => {
    const citing = curated.events.filter((e) => e.sources.some((s) => s.source === 'article'))
    const cited = new Set(citing.flatMap((e) => e.sources.flatMap((s) => (s.source === 'article' ? (s.paragraphs ?? []) : []))))
    // Every paragraph but the cut-off last one reports something an event must carry.
    for (let n = 1; n <= 13; n++) expect(cited, `paragraph ${n} is cited by no event`).toContain(n)
  })

  it('gives every non-article source a URL, and marks inferred dates', () => {
    for (const source of curated.sources.filter((s) => s.id !== 'article')) {
      expect(source.url, source.id).toMatch(/^https?:\/\//)
    }
    const weekEvents = curated.events.filter((e) => e.precision !== 'day')
    for (const event of weekEvents) expect(event.dateNote, event.id).toBeTruthy()
  })
})
