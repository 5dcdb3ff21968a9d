import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DatasetError, type Problem } from '../problems'
import { validateDataset } from '../validate'
import { importDataset } from './import-dataset'

/** TimelineJS3's own example timelines (src/test/fixtures/timelinejs/README.md says where each is from). */
const DIR = join(import.meta.dirname, '../../test/fixtures/timelinejs')
const files = readdirSync(DIR).filter((name) => name.endsWith('.json') && !name.startsWith('synthetic-'))
const PUBLISHED = files.filter((name) => !name.startsWith('template-'))

type Outcome = { file: string; slides: number; kept: number; problems: Problem[] }

function importExample(file: string): Outcome {
  const text = readFileSync(join(DIR, file), 'utf8')
  const slides = (JSON.parse(text) as { events: unknown[] }).events.length
  try {
    const { dataset, problems } = importDataset(text, file, { today: '2026-12-02' })
    expect(validateDataset(dataset).ok).toBe(true)
    return { file, slides, kept: dataset.events.length, problems }
  } catch (error) {
    // A file none of whose slides can be shown still lists why, slide by slide.
    if (!(error instanceof DatasetError)) throw error
    return { file, slides, kept: 0, problems: error.problems }
  }
}

const outcomes = files.map(importExample)
const slideIndex = (path: string) => /^\$\.events\[(\d+)\]/.exec(path)?.[1]

describe("TimelineJS3's example timelines", () => {
  it('are all here', () => {
    expect(files.length).toBeGreaterThanOrEqual(13)
    expect(PUBLISHED.length).toBeGreaterThanOrEqual(9)
  })

  it('keep at least 95% of the published examples’ events', () => {
    const published = outcomes.filter((o) => PUBLISHED.includes(o.file))
    const slides = published.reduce((n, o) => n + o.slides, 0)
    const kept = published.reduce((n, o) => n + o.kept, 0)
    expect(slides).toBeGreaterThan(150)
    expect(kept / slides).toBeGreaterThanOrEqual(0.95)
  })

  it.each(outcomes.map((o) => [o.file, o] as const))('%s: every slide left out is listed with its reason', (_, outcome) => {
    const listed = new Set(outcome.problems.filter((p) => !/^No headline|^The media|^Only http|^Known only to the/.test(p.message)).map((p) => slideIndex(p.path)))
    const dropped = outcome.slides - outcome.kept
    // Each dropped slide has a problem of its own, naming its index.
    expect([...listed].filter((i) => i !== undefined).length).toBe(dropped)
    for (const problem of outcome.problems) expect(problem.message.length).toBeGreaterThan(10)
  })

  it('say why the developer templates lose events: years this app cannot show', () => {
    const templates = outcomes.filter((o) => !PUBLISHED.includes(o.file))
    const dropped = templates.flatMap((o) => o.problems.filter((p) => /^\$\.events\[\d+\]\.start_date$/.test(p.path)))
    expect(dropped.length).toBe(templates.reduce((n, o) => n + o.slides - o.kept, 0))
    for (const problem of dropped) expect(problem.message).toMatch(/outside the years this app can show \(1000–2999\)/)
  })
})
