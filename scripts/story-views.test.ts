import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatProblem } from '../src/dataset/problems'
import { validateDataset } from '../src/dataset/validate'
import { parseStepView } from '../src/state/story-view'
import { storyViewProblems } from './story-views'

const result = validateDataset(JSON.parse(readFileSync('data/coalition-of-the-willing.json', 'utf8')))
if (!result.ok) throw new Error(`curated dataset is invalid: ${JSON.stringify(result.problems)}`)
const curated = result.data
const [story] = curated.stories ?? []

describe('story views (check:data)', () => {
  it('reports what the link parser would drop, at the step’s path', () => {
    const broken = structuredClone(curated)
    broken.stories![0]!.steps[2]!.view = 'view=list&k=party&e=paris-summit'
    expect(storyViewProblems(broken).map(formatProblem)).toEqual([
      '$.stories[0].steps[2].view: "view" is not part of a step\'s view',
      // Any id is a category's shape; this dataset does not declare "party".
      '$.stories[0].steps[2].view: unknown category "party"',
    ])
  })
})

describe('the curated story', () => {
  it('is one story of 8 to 12 steps, every view parsing cleanly', () => {
    expect(curated.stories).toHaveLength(1)
    expect(story!.steps.length).toBeGreaterThanOrEqual(8)
    expect(story!.steps.length).toBeLessThanOrEqual(12)
    expect(storyViewProblems(curated)).toEqual([])
  })

  it('walks February to April 2025 in time order, each step selecting an event inside its window', () => {
    const starts = story!.steps.map((step) => {
      const { view } = parseStepView(step.view)
      const event = curated.events.find((e) => e.id === view.selected)
      expect(event, step.title).toBeDefined()
      const at = Date.parse(`${event!.start}T00:00:00Z`)
      expect(view.window!.start).toBeLessThanOrEqual(at)
      expect(view.window!.end).toBeGreaterThan(at)
      return event!.start
    })
    expect([...starts].sort()).toEqual(starts)
    expect(starts[0]! >= '2025-02-01' && starts.at(-1)! <= '2025-04-30').toBe(true)
  })

  it('quotes the primary article only with words it has', () => {
    const article = curated.sources.find((s) => s.id === 'article')!
    for (const sentence of story!.steps.flatMap((step) => step.body)) {
      const cited = sentence.sources.filter((c) => c.source === 'article').flatMap((c) => c.paragraphs ?? [])
      const quoted = [...sentence.text.matchAll(/“([^”]+)”/g)].map((m) => m[1]!.replace(/[.,]$/, ''))
      if (cited.length === 0) continue
      for (const words of quoted) expect(cited.some((n) => article.paragraphs![n - 1]!.includes(words)), words).toBe(true)
    }
  })
})
