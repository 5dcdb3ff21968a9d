import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../src/dataset/validate.ts'
import { generateDataset } from './generate.ts'

describe('generateDataset', () => {
  it('makes a dataset that passes schema and integrity checks', () => {
    const result = validateDataset(JSON.parse(JSON.stringify(generateDataset(2000, 7).dataset)))
    expect(result.ok ? [] : result.problems.slice(0, 5)).toEqual([])
  })

  it('is the same for the same seed and differs for another', () => {
    const a = JSON.stringify(generateDataset(300, 1).dataset)
    expect(JSON.stringify(generateDataset(300, 1).dataset)).toBe(a)
    expect(JSON.stringify(generateDataset(300, 2).dataset)).not.toBe(a)
  })

  it('mixes precisions, spans, disputes and multi-country events', () => {
    const { events } = generateDataset(2000, 3).dataset
    expect(events.some((e) => e.precision === 'week')).toBe(true)
    expect(events.some((e) => e.precision === 'month')).toBe(true)
    expect(events.some((e) => e.end)).toBe(true)
    expect(events.some((e) => e.disputes.length)).toBe(true)
    // Places as an ACLED export has them: most events, many distinct points.
    const placed = events.filter((e) => e.place)
    expect(placed.length).toBeGreaterThan(events.length / 2)
    expect(new Set(placed.map((e) => `${e.place!.lat},${e.place!.lon}`)).size).toBeGreaterThan(placed.length / 6)
    expect(events.filter((e) => e.countries.length > 1).length).toBeGreaterThan(events.length / 2)
  })
})
