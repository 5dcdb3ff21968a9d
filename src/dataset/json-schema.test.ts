import Ajv2020 from 'ajv/dist/2020'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { sampleDataset } from '../test/sample-dataset'
import { DATASET_SCHEMA_FILE, datasetJsonSchemaText } from './json-schema'

// Relative to this file, so the test does not depend on the working directory.
const fromRoot = (path: string) => resolve(dirname(fileURLToPath(import.meta.url)), '../..', path)
const committed = readFileSync(fromRoot(DATASET_SCHEMA_FILE), 'utf8')

function compile() {
  const ajv = new Ajv2020({ allErrors: true })
  // ajv knows no formats without ajv-formats; "uri" is checked here the way browsers parse URLs.
  ajv.addFormat('uri', (value: string) => URL.canParse(value))
  return ajv.compile(JSON.parse(committed))
}

describe('dataset JSON Schema', () => {
  it('is up to date with the zod schema (run `npm run schema` if not)', () => {
    expect(committed).toBe(datasetJsonSchemaText())
  })

  it('accepts the curated dataset and the test sample', () => {
    const validate = compile()
    const curated: unknown = JSON.parse(readFileSync(fromRoot('data/coalition-of-the-willing.json'), 'utf8'))
    expect(validate(curated), JSON.stringify(validate.errors)).toBe(true)
    expect(validate(sampleDataset()), JSON.stringify(validate.errors)).toBe(true)
  })

  it.each<[string, (d: ReturnType<typeof sampleDataset>) => unknown, string]>([
    ['a category that is not a slug', (d) => Object.assign(d.events[0]!, { category: 'Party Time' }), '/events/0/category'],
    ['a category colour that is not #rrggbb', (d) => Object.assign(d, { categories: [{ id: 'summit', label: 'Summits', colour: 'blue' }] }), '/categories/0/colour'],
    ['a format version from the future', (d) => Object.assign(d, { formatVersion: 3 }), '/formatVersion'],
    ['a missing meta', (d) => delete (d as Partial<typeof d>).meta, ''],
    ['a javascript: URL', (d) => Object.assign(d.sources[0]!, { url: 'javascript:alert(1)' }), '/sources/0/url'],
    ['an unknown key', (d) => Object.assign(d.actors[0]!, { colour: 'red' }), '/actors/0'],
    ['a date in the wrong form', (d) => Object.assign(d.events[0]!, { start: '27/03/2025' }), '/events/0/start'],
  ])('rejects %s', (_name, breakIt, path) => {
    const data = sampleDataset()
    breakIt(data)
    const validate = compile()
    expect(validate(data)).toBe(false)
    expect(validate.errors?.map((e) => e.instancePath)).toContain(path)
  })
})
