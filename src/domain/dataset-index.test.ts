import { describe, expect, it } from 'vitest'
import { sampleDataset } from '../test/sample-dataset'
import { dataset as datasetSchema, type Dataset } from '../dataset/schema'
import { buildDatasetIndex, buildDatasetIndexInSteps } from './dataset-index'
import { NO_FILTERS } from './filters'
import { forEachBit } from './bitset'

/** The sample's first event, repeated with fresh ids and days: a dataset of any size. */
function manyEvents(count: number): Dataset {
  const sample = datasetSchema.parse(sampleDataset())
  const first = sample.events[0]!
  const events = Array.from({ length: count }, (_, i) => ({ ...first, id: `e-${i}`, start: `2025-03-${String((i % 28) + 1).padStart(2, '0')}` }))
  return { ...sample, events }
}

describe('buildDatasetIndexInSteps', () => {
  it('builds the same index as the one-go build, giving the page turns on the way', async () => {
    const dataset = manyEvents(50_000)
    let pauses = 0
    const stepped = await buildDatasetIndexInSteps(dataset, async () => void pauses++, () => true)
    const whole = buildDatasetIndex(dataset)
    // Every pass over the 50,000 events (sorting, the lookups by id and position, the facets) pauses
    // at least twice on the way: no step walks all of them.
    expect(pauses).toBeGreaterThan(15)
    expect(stepped.events.map((e) => e.id)).toEqual(whole.events.map((e) => e.id))
    expect(stepped.dayBounds).toEqual({ min: '2025-03-01', max: '2025-03-28' })
    expect(stepped.filtered({ ...NO_FILTERS, query: 'e-49999' })).toHaveLength(whole.filtered({ ...NO_FILTERS, query: 'e-49999' }).length)
    expect([...stepped.filterIndex.starts]).toEqual([...whole.filterIndex.starts])
  })
})

describe('densityOf', () => {
  it('counts the filtered events per bin of the whole span, and follows the filters', () => {
    const index = buildDatasetIndex(manyEvents(56))
    expect(index.density?.count).toBe(28)
    const all = index.densityOf(NO_FILTERS)
    expect([...all].every((n) => n === 2)).toBe(true)
    const one = index.densityOf({ ...NO_FILTERS, query: 'e-3' })
    // e-3 and e-30…e-39: the strip still spans the whole dataset, with bars only where they fall.
    expect(one).toHaveLength(28)
    expect(one.reduce((sum, n) => sum + n, 0)).toBe(index.filtered({ ...NO_FILTERS, query: 'e-3' }).length)
  })
})

describe('filteredBits', () => {
  it('sets the positions of the filtered events in the index, and follows the filters', () => {
    const index = buildDatasetIndex(manyEvents(56))
    for (const filters of [NO_FILTERS, { ...NO_FILTERS, query: 'e-3' }]) {
      const positions: number[] = []
      forEachBit(index.filteredBits(filters), (i) => positions.push(i))
      expect(positions.map((i) => index.filterIndex.events[i])).toEqual(index.filtered(filters))
    }
  })
})
