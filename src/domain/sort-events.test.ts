import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../dataset/schema'
import { compareEvents, sortEvents } from './sort-events'

const event = (id: string, start: string, end?: string) => ({ id, start, ...(end ? { end } : {}) }) as TimelineEvent

describe('sortEvents', () => {
  it('orders by start, then end, then id, as compareEvents does', () => {
    const events = [
      event('b', '2025-03-27'),
      event('a', '2025-03-27'),
      event('c', '2025-03-27', '2025-03-29'),
      event('d', '2024-12-31'),
      event('e', '2025-03-27', '2025-03-28'),
      event('a-1', '2025-03-27'),
    ]
    const sorted = sortEvents(events).map((e) => e.id)
    expect(sorted).toEqual(['d', 'a', 'a-1', 'b', 'e', 'c'])
    expect(sorted).toEqual([...events].sort(compareEvents).map((e) => e.id))
  })
})
