import { describe, expect, it } from 'vitest'
import { bucketLane, bucketMsFor } from './bucket-lane'

const H = 3_600_000

describe('bucketMsFor', () => {
  it('is at least the requested pixels wide, in power-of-two hours', () => {
    expect(bucketMsFor(H / 40, 40)).toBe(H)
    expect(bucketMsFor((3 * H) / 40, 40)).toBe(4 * H)
    expect(bucketMsFor((4 * H) / 40, 40)).toBe(4 * H)
  })

  it('changes only when the zoom crosses a doubling', () => {
    expect(bucketMsFor(100_000, 40)).toBe(bucketMsFor(110_000, 40))
  })
})

describe('bucketLane', () => {
  const starts = [0, 1, 2, 10, 20, 21, 30]

  it('keeps lone items and counts fuller buckets', () => {
    expect(bucketLane(starts, 0, starts.length, 10)).toEqual([
      { kind: 'cluster', bucket: 0, first: 0, last: 2, count: 3 },
      { kind: 'item', index: 3 },
      { kind: 'cluster', bucket: 2, first: 4, last: 5, count: 2 },
      { kind: 'item', index: 6 },
    ])
  })

  it('only looks at [lo, hi)', () => {
    expect(bucketLane(starts, 1, 4, 10)).toEqual([
      { kind: 'cluster', bucket: 0, first: 1, last: 2, count: 2 },
      { kind: 'item', index: 3 },
    ])
  })

  it('leaves pinned items out of their cluster', () => {
    expect(bucketLane(starts, 0, 3, 10, 1)).toEqual([
      { kind: 'item', index: 1 },
      { kind: 'cluster', bucket: 0, first: 0, last: 2, count: 2 },
    ])
    expect(bucketLane(starts, 0, 3, 10, 0)).toEqual([
      { kind: 'item', index: 0 },
      { kind: 'cluster', bucket: 0, first: 1, last: 2, count: 2 },
    ])
    expect(bucketLane(starts, 4, 6, 10, 4)).toEqual([
      { kind: 'item', index: 4 },
      { kind: 'item', index: 5 },
    ])
  })

  it('buckets negative times (before 1970) by floor, not truncation', () => {
    expect(bucketLane([-15, -5, 5], 0, 3, 10)).toEqual([
      { kind: 'item', index: 0 },
      { kind: 'item', index: 1 },
      { kind: 'item', index: 2 },
    ])
  })

  it('gives nothing for an empty range', () => {
    expect(bucketLane(starts, 3, 3, 10)).toEqual([])
  })
})
