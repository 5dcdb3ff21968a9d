import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { importDataset } from '../../dataset/formats/import-dataset'
import { DatasetError, MAX_PROBLEM_TEXT, type Problem } from '../../dataset/problems'
import { dataset as datasetSchema } from '../../dataset/schema'
import { validateDataset } from '../../dataset/validate'
import { HOSTILE_FORMATS } from './hostile-files'

/**
 * Whatever hostile file (hostile-files.ts), importDataset ends with a valid dataset or with a DatasetError
 * naming problems, each short enough to show, and never leaves Object.prototype changed. Times are
 * not asserted here: `npm run bench` holds each import of these files to the importers' work bound.
 */

/** clipText counts code points, so an emoji is one character of the cap, not two. */
const characters = (text: string) => [...text].length

function checkProblems(problems: readonly Problem[]): void {
  for (const problem of problems) {
    expect(typeof problem.path).toBe('string')
    expect(problem.message.length).toBeGreaterThan(0)
    expect(characters(problem.path)).toBeLessThanOrEqual(MAX_PROBLEM_TEXT)
    expect(characters(problem.message)).toBeLessThanOrEqual(MAX_PROBLEM_TEXT)
  }
}

/** Events, or a DatasetError with a message and the problems behind it; any other exception fails. */
function importEnds(text: string, fileName: string): 'events' | 'problems' {
  try {
    const { dataset, problems } = importDataset(text, fileName, { today: '2026-11-28' })
    expect(dataset.events.length).toBeGreaterThan(0)
    // The importers validate each part as they read it, and the app shows what they return unchecked:
    // the whole must already be exactly what zod would make of it, and pass the cross-references.
    expect(datasetSchema.safeParse(dataset).data).toEqual(dataset)
    const check = validateDataset(dataset)
    expect(check.ok ? [] : check.problems).toEqual([])
    checkProblems(problems)
    return 'events'
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error
    expect(error.message.length).toBeGreaterThan(0)
    expect(error.problems.length).toBeGreaterThan(0)
    checkProblems(error.problems)
    return 'problems'
  }
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort()
const cleanPrototype = prototypeKeys()
afterEach(() => {
  expect(prototypeKeys()).toEqual(cleanPrototype)
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
})

const RUNS = 200

describe('importing hostile files', { timeout: 60_000 }, () => {
  it.each(HOSTILE_FORMATS)('%s ends with events or specific problems', (_, files, names) => {
    const seen = { events: 0, problems: 0 }
    fc.assert(
      fc.property(files, fc.constantFrom(...names), (file, name) => {
        seen[importEnds(file, name)]++
      }),
      { numRuns: RUNS },
    )
    // Both outcomes are reached: the files are not all refused at the door, nor all harmless.
    expect(seen.events).toBeGreaterThan(0)
    expect(seen.problems).toBeGreaterThan(0)
  })
})
