import { describe, expect, it } from 'vitest'
import { timeBudget } from './page-turns'

describe('timeBudget', () => {
  it('says a turn is due once the budget has passed since the last turn, not before', () => {
    let now = 100
    const due = timeBudget(30, () => now)
    now = 129
    expect(due()).toBe(false)
    now = 130
    expect(due()).toBe(true)
    // Counted again from that turn: 159 is 29 ms after it.
    now = 159
    expect(due()).toBe(false)
    now = 200
    expect(due()).toBe(true)
  })
})
