import { describe, expect, it } from 'vitest'
import { fanOut } from './fan-out'

const distance = ([ax, ay]: [number, number], [bx, by]: [number, number]) => Math.hypot(ax - bx, ay - by)

describe('fanOut', () => {
  it('leaves a lone marker on its point', () => {
    expect(fanOut(1)).toEqual([[0, 0]])
  })

  it('keeps markers apart at every count, so each can be clicked', () => {
    for (const count of [2, 3, 7, 8, 20, 60]) {
      const offsets = fanOut(count, 16)
      expect(offsets).toHaveLength(count)
      for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) expect(distance(offsets[i]!, offsets[j]!)).toBeGreaterThan(10)
    }
  })
})
