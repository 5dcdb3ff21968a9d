import { describe, expect, it } from 'vitest'
import { percentile } from './stats.ts'

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 20 }, (_, i) => i + 1)
    expect(percentile(samples, 50)).toBe(10)
    expect(percentile(samples, 95)).toBe(19)
    expect(percentile([5], 95)).toBe(5)
  })

  it('is NaN without samples', () => {
    expect(percentile([], 50)).toBeNaN()
  })
})
