import { describe, expect, it } from 'vitest'
import { importDataset } from '../../dataset/formats/import-dataset'
import { readFileSync } from 'node:fs'
import { parseDataset, validateDataset } from '../../dataset/validate'
import { exportFixture } from '../../test/export-fixture'
import { datasetToJson, filteredDataset } from './to-json'

describe('filteredDataset', () => {
  it('keeps only the events given and the actors and sources they use', () => {
    const data = exportFixture()
    const view = data.events.filter((e) => e.id === 'chiefs-meet')
    const result = filteredDataset(data, view, { viewUrl: 'https://example.org/#/?category=military' })
    expect(validateDataset(result).ok).toBe(true)
    expect(result.events.map((e) => e.id)).toEqual(['chiefs-meet'])
    expect(result.sources.map((s) => s.id)).toEqual(['wire'])
    expect(result.actors).toEqual([])
    expect(result.meta).toEqual({
      ...data.meta,
      description: 'Filtered export: 1 of the 3 events shown at https://example.org/#/?category=military.\n\nA test dataset',
    })
  })

  it('counts quote speakers and dispute sources as used', () => {
    const data = exportFixture()
    data.events[1]!.disputes = [{ claim: 'c', note: 'n', sources: [{ source: 'article' }] }]
    data.events[1]!.quotes = [{ text: 't', speaker: 'keir-starmer', source: { source: 'wire' } }]
    const result = filteredDataset(data, [data.events[1]!])
    expect(result.sources.map((s) => s.id)).toEqual(['article', 'wire'])
    expect(result.actors.map((a) => a.id)).toEqual(['keir-starmer'])
    expect(validateDataset(result).ok).toBe(true)
  })

  it('leaves the description alone when nothing is filtered out, and keeps it within bounds', () => {
    const data = exportFixture()
    expect(filteredDataset(data, data.events).meta.description).toBe('A test dataset')
    data.meta.description = 'x'.repeat(2000)
    const long = filteredDataset(data, [data.events[0]!])
    expect(long.meta.description).toHaveLength(2000)
    expect(validateDataset(long).ok).toBe(true)
  })

  it('keeps the stories, and the sources they cite, when every event is exported', () => {
    const curated = parseDataset(readFileSync(new URL('../../../data/coalition-of-the-willing.json', import.meta.url), 'utf8'))
    const whole = filteredDataset(curated, curated.events)
    expect(whole.stories).toEqual(curated.stories)
    expect(validateDataset(whole).ok).toBe(true)
    expect(filteredDataset(curated, curated.events.slice(1)).stories).toBeUndefined()
  })

  it('serialises to JSON that opens again unchanged', () => {
    const data = exportFixture()
    const json = datasetToJson(filteredDataset(data, data.events.slice(0, 2)))
    const back = importDataset(json, 'view.json')
    expect(back).toMatchObject({ format: 'app', problems: [] })
    expect(back.dataset).toEqual(filteredDataset(data, data.events.slice(0, 2)))
  })
})
