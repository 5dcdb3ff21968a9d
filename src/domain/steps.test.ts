import { describe, expect, it } from 'vitest'
import { runSteps, runStepsPausing, SORT_RUN, sortInSteps, type Steps } from './steps'

describe('sortInSteps', () => {
  it('gives the order of one stable sort, over several runs and merges, yielding on the way', () => {
    // Few distinct keys, so ties cross run boundaries; each item remembers where it was.
    const size = 3 * SORT_RUN + 1234
    const items = Array.from({ length: size }, (_, i) => ({ key: (i * 7919) % 97, at: i }))
    const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key
    const expected = [...items].sort(byKey)
    const steps = sortInSteps(items, byKey)
    let pauses = 0
    for (let step = steps.next(); !step.done; step = steps.next()) pauses++
    expect(pauses).toBeGreaterThan(3)
    expect(items).toEqual(expected)
  })

  it('sorts what fits in one run, and nothing', () => {
    const items = [3, 1, 2]
    runSteps(sortInSteps(items, (a, b) => a - b))
    expect(items).toEqual([1, 2, 3])
    const none: number[] = []
    runSteps(sortInSteps(none, (a, b) => a - b))
    expect(none).toEqual([])
  })
})

describe('runStepsPausing', () => {
  function* counting(steps: number): Steps<string> {
    for (let i = 0; i < steps; i++) yield
    return 'built'
  }

  it('gives the page a turn only when one is due', async () => {
    let turns = 0
    const pause = async () => void turns++
    expect(await runStepsPausing(counting(10), pause, () => false)).toBe('built')
    expect(turns).toBe(0)
    let asked = 0
    expect(await runStepsPausing(counting(10), pause, () => ++asked % 3 === 0)).toBe('built')
    expect(turns).toBe(3)
  })
})
