import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sampleDataset } from '../test/sample-dataset'
import { DEFAULT_CATEGORIES, FORMAT_VERSION } from './schema'
import { migrateDataset } from './migrate'
import { validateDataset } from './validate'

const curatedText = readFileSync(new URL('../../data/coalition-of-the-willing.json', import.meta.url), 'utf8')

/** The curated file as format 1 wrote it: no formatVersion, no categories, the same events. */
function asVersion1(file: Record<string, unknown>): Record<string, unknown> {
  const dropped = new Set(['formatVersion', 'categories', 'eras'])
  return Object.fromEntries(Object.entries(file).filter(([key]) => !dropped.has(key)))
}

describe('migrateDataset', () => {
  it('opens a v1 file, the curated dataset as it was, with the same events and the default vocabulary', () => {
    const v2 = JSON.parse(curatedText) as Record<string, unknown>
    const v1 = validateDataset(asVersion1(JSON.parse(curatedText) as Record<string, unknown>))
    const current = validateDataset(v2)
    expect(v1.ok && current.ok).toBe(true)
    if (!v1.ok || !current.ok) return
    expect(v1.data.formatVersion).toBe(FORMAT_VERSION)
    expect(v1.data.events).toEqual(current.data.events)
    expect(v1.data.categories.map((c) => [c.id, c.label, c.colour])).toEqual(DEFAULT_CATEGORIES.map((c) => [c.id, c.label, c.colour]))
    // The curated file declares the same ids, labels and colours, with descriptions added.
    expect(current.data.categories.map((c) => [c.id, c.label, c.colour])).toEqual(DEFAULT_CATEGORIES.map((c) => [c.id, c.label, c.colour]))
  })

  it('treats "formatVersion": 1 like a file without one', () => {
    const file = { ...sampleDataset(), formatVersion: 1 }
    expect(migrateDataset(file).value).toMatchObject({ formatVersion: FORMAT_VERSION })
    expect(validateDataset(file).ok).toBe(true)
  })

  it('never changes the file it is given', () => {
    const file = asVersion1(sampleDataset())
    const before = structuredClone(file)
    migrateDataset(file)
    expect(file).toEqual(before)
  })

  it('refuses a file from a newer version, saying so, rather than guessing what its fields mean', () => {
    const result = migrateDataset({ ...sampleDataset(), formatVersion: 7 })
    expect(result.problems).toEqual([
      { path: '$.formatVersion', message: 'Written for format version 7; this version of the app reads versions 1 to 2. Open it in a newer version.' },
    ])
  })

  it('leaves a malformed version for the schema to report', () => {
    const result = validateDataset({ ...sampleDataset(), formatVersion: 'two' })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain('$.formatVersion')
  })
})
