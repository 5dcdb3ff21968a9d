import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importDataset } from './formats/import-dataset'
import { formatProblem } from './problems'
import { DEFAULT_CATEGORIES, FORMAT_VERSION, type Dataset } from './schema'
import { migrateDataset } from './migrate'
import { validateDataset } from './validate'
import { sampleDataset } from '../test/sample-dataset'

const curatedText = readFileSync(join(import.meta.dirname, '../../data/coalition-of-the-willing.json'), 'utf8')
const curated = (): Record<string, unknown> => JSON.parse(curatedText) as Record<string, unknown>

/** The curated file as format version 1 wrote it: no formatVersion, categories or eras. */
function asVersion1(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(curated()).filter(([key]) => !['formatVersion', 'categories', 'eras'].includes(key)))
}

describe('migrating old files', () => {
  it('opens a version 1 file with the same events, the default categories and no eras', () => {
    const v1 = asVersion1()
    expect(v1).not.toHaveProperty('formatVersion')
    const check = validateDataset(v1)
    expect(check.ok ? [] : check.problems.map(formatProblem)).toEqual([])
    const now = validateDataset(curated())
    if (!check.ok || !now.ok) throw new Error('unreachable')
    expect(check.data.formatVersion).toBe(FORMAT_VERSION)
    expect(check.data.events).toEqual(now.data.events)
    expect(check.data.categories).toEqual(DEFAULT_CATEGORIES)
    expect(check.data.eras).toEqual([])
  })

  it('opens a version 1 file through the importer, as a file the reader picked', () => {
    const { dataset, problems, format } = importDataset(JSON.stringify(asVersion1()), 'old.json', { today: '2026-12-02' })
    expect(format).toBe('app')
    expect(problems).toEqual([])
    expect(dataset.events.map((e) => e.id)).toEqual((curated().events as Dataset['events']).map((e) => e.id))
  })

  it('says a file from a newer version needs a newer app, and reads none of it', () => {
    const future = { ...curated(), formatVersion: FORMAT_VERSION + 1 }
    const expected = `$.formatVersion: Written for format version ${FORMAT_VERSION + 1}; this version of the app reads versions 1 to ${FORMAT_VERSION}. Open it in a newer version.`
    expect(migrateDataset(future).problems.map(formatProblem)).toEqual([expected])
    const check = validateDataset(future)
    expect(check.ok ? [] : check.problems.map(formatProblem)).toEqual([expected])
    expect(() => importDataset(JSON.stringify(future), 'future.json')).toThrow(/needs a newer version/)
  })

  it('never changes the file it is given', () => {
    const v1 = asVersion1()
    const before = JSON.stringify(v1)
    migrateDataset(v1)
    expect(JSON.stringify(v1)).toBe(before)
  })

  it('treats "formatVersion": 1 like a file without one', () => {
    const file = { ...sampleDataset(), formatVersion: 1 }
    expect(migrateDataset(file).value).toMatchObject({ formatVersion: FORMAT_VERSION })
    expect(validateDataset(file).ok).toBe(true)
  })

  it('leaves a malformed version for the schema to report', () => {
    const result = validateDataset({ ...sampleDataset(), formatVersion: 'two' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('$.formatVersion')
  })
})
