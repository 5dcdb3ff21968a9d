import { describe, expect, it } from 'vitest'
import { visPrototype } from './vis-prototype'

describe('visPrototype', () => {
  // What deferItemShow and batchItemRedraws patch: if a vis upgrade moves it, they would quietly stop.
  it('finds the undeclared Group and Item classes the timeline patches', () => {
    expect(typeof visPrototype<{ _checkIfVisible: unknown }>('Group')?._checkIfVisible).toBe('function')
    expect(typeof visPrototype<{ setData: unknown }>('items', 'Item')?.setData).toBe('function')
  })

  it('gives nothing for a path vis does not have, rather than throwing', () => {
    expect(visPrototype('NoSuchClass')).toBeUndefined()
    expect(visPrototype('items', 'Item', 'deeper')).toBeUndefined()
  })
})
