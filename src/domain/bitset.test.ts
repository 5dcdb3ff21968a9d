import { describe, expect, it } from 'vitest'
import { andInto, countAnd, countBits, emptyBits, forEachBit, fullBits, hasBit, orInto, setBit } from './bitset'

const positions = (bits: Uint32Array) => {
  const out: number[] = []
  forEachBit(bits, (i) => out.push(i))
  return out
}

describe('bitset', () => {
  it('sets, tests and lists positions across word boundaries', () => {
    const bits = emptyBits(70)
    for (const i of [0, 31, 32, 69]) setBit(bits, i)
    expect(positions(bits)).toEqual([0, 31, 32, 69])
    expect(hasBit(bits, 31)).toBe(true)
    expect(hasBit(bits, 30)).toBe(false)
    expect(countBits(bits)).toBe(4)
  })

  it('fills exactly `size` bits', () => {
    expect(countBits(fullBits(70))).toBe(70)
    expect(countBits(fullBits(64))).toBe(64)
    expect(positions(fullBits(3))).toEqual([0, 1, 2])
  })

  it('intersects, unites and counts intersections', () => {
    const a = emptyBits(100)
    const b = emptyBits(100)
    ;[1, 40, 99].forEach((i) => setBit(a, i))
    ;[40, 50, 99].forEach((i) => setBit(b, i))
    expect(countAnd(a, b)).toBe(2)
    expect(positions(orInto(a.slice(), b))).toEqual([1, 40, 50, 99])
    const masked: number[] = []
    forEachBit(a, (i) => masked.push(i), b)
    expect(masked).toEqual([40, 99])
    expect(positions(andInto(a, b))).toEqual([40, 99])
  })
})
