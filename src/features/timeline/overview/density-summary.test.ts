import { describe, expect, it } from 'vitest'
import { DAY_MS, dateMs, formatDayRange } from '../../../domain/dates'
import { barsPath, densitySummary } from './density-summary'

const march = { start: dateMs('2025-03-24'), binMs: DAY_MS, count: 5 }

describe('densitySummary', () => {
  it('names the three busiest days with their counts, ties to the earlier', () => {
    expect(densitySummary(march, [1, 4, 2, 4, 0])).toBe(`Events per day, ${formatDayRange(march.start, dateMs('2025-03-28'))}. Busiest: 25 Mar 2025 (4), 27 Mar 2025 (4), 26 Mar 2025 (2).`)
  })

  it('speaks of weeks for weekly bins', () => {
    expect(densitySummary({ ...march, binMs: 7 * DAY_MS, count: 2 }, [0, 3])).toContain('Busiest: week of 31 Mar 2025 (3).')
  })

  it('says when nothing matches', () => {
    expect(densitySummary(march, [0, 0, 0, 0, 0])).toMatch(/No events match the filters\.$/)
  })
})

describe('barsPath', () => {
  it('draws one bar per non-empty bin, the tallest full height', () => {
    expect(barsPath([0, 2, 1], 100)).toBe('M1 100V0.00h0.9V100zM2 100V50.00h0.9V100z')
    expect(barsPath([0, 0], 100)).toBe('')
  })
})
