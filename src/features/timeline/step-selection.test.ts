import { describe, expect, it } from 'vitest'
import { stepSelection } from './step-selection'

const ids = ['a', 'b', 'c']

describe('stepSelection', () => {
  it.each([
    ['b', 'next', 'c'],
    ['c', 'next', 'c'],
    ['b', 'previous', 'a'],
    ['a', 'previous', 'a'],
    [null, 'next', 'a'],
    [null, 'previous', 'c'],
    ['hidden-by-filter', 'next', 'a'],
    ['b', 'first', 'a'],
    ['b', 'last', 'c'],
  ] as const)('from %s, %s goes to %s', (current, step, expected) => {
    expect(stepSelection(ids, current, step)).toBe(expected)
  })

  it('selects nothing when nothing is visible', () => {
    expect(stepSelection([], 'a', 'next')).toBeNull()
  })
})
