import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fullBits, emptyBits, setBit } from './bitset'
import { DAY_MS, dateMs } from './dates'
import { binCounts, densityBins } from './density'

const day = (iso: string) => dateMs(iso)

describe('densityBins', () => {
  it('cuts a span of weeks into days, and says which days each event covers', () => {
    const starts = [day('2025-03-01'), day('2025-03-03'), day('2025-03-10')]
    const ends = [day('2025-03-02'), day('2025-03-06'), day('2025-03-11')]
    const bins = densityBins(starts, ends)!
    expect(bins.start).toBe(day('2025-03-01'))
    expect(bins.binMs).toBe(DAY_MS)
    expect(bins.count).toBe(10)
    expect([...bins.first]).toEqual([0, 2, 9])
    expect([...bins.last]).toEqual([0, 4, 9])
  })

  it('uses weeks from a Monday for a span of years, within the bin budget', () => {
    const bins = densityBins([day('2023-01-04')], [day('2025-01-01')])!
    expect(bins.binMs).toBe(7 * DAY_MS)
    expect(new Date(bins.start).getUTCDay()).toBe(1)
    expect(bins.count).toBeLessThanOrEqual(160)
  })

  it('is null without events', () => {
    expect(densityBins([], [])).toBeNull()
  })
})

describe('binCounts', () => {
  const starts = [day('2025-03-01'), day('2025-03-03'), day('2025-03-03')]
  const ends = [day('2025-03-02'), day('2025-03-06'), day('2025-03-04')]
  const bins = densityBins(starts, ends)!

  it('counts each event in every bin it overlaps', () => {
    expect([...binCounts(bins, fullBits(3))]).toEqual([1, 0, 2, 1, 1])
  })

  it('counts only the events let through', () => {
    const bits = emptyBits(3)
    setBit(bits, 1)
    expect([...binCounts(bins, bits)]).toEqual([0, 0, 1, 1, 1])
  })

  it('matches counting span by span, for any spans', () => {
    const span = fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 60 }))
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 40 }), (spans) => {
        const s = spans.map(([from]) => from * DAY_MS)
        const e = spans.map(([from, days]) => (from + days) * DAY_MS)
        const b = densityBins(s, e)!
        const naive = new Array<number>(b.count).fill(0)
        s.forEach((start, i) => {
          for (let bin = 0; bin < b.count; bin++) {
            const binStart = b.start + bin * b.binMs
            if (start < binStart + b.binMs && e[i]! > binStart) naive[bin]!++
          }
        })
        expect([...binCounts(b, fullBits(s.length))]).toEqual(naive)
      }),
    )
  })

  it('takes linear time: 100,000 events count well inside a frame', () => {
    const n = 100_000
    const s = Array.from({ length: n }, (_, i) => day('2020-01-01') + (i % 2000) * DAY_MS)
    const e = s.map((start, i) => start + ((i % 30) + 1) * DAY_MS)
    const b = densityBins(Float64Array.from(s), Float64Array.from(e))!
    const bits = fullBits(n)
    binCounts(b, bits)
    const t0 = performance.now()
    const counts = binCounts(b, bits)
    // About 1 ms when the machine is idle; the bound leaves room for a busy one.
    expect(performance.now() - t0).toBeLessThan(40)
    expect(counts.reduce((sum, c) => Math.max(sum, c), 0)).toBeGreaterThan(0)
  })
})
