import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../dataset/schema'
import { sortEvents, sortEventsSteps } from './sort-events'

const event = (id: string, start: string, end?: string, precision: TimelineEvent['precision'] = 'day') =>
  ({ id, start, precision, ...(end ? { end } : {}) }) as TimelineEvent

describe('sortEvents', () => {
  it('orders by start, then the shorter span, then id', () => {
    const events = [
      event('b', '2025-03-27'),
      event('a', '2025-03-27'),
      event('c', '2025-03-27', '2025-03-29'),
      event('d', '2024-12-31'),
      event('e', '2025-03-27', '2025-03-28'),
      event('a-1', '2025-03-27'),
    ]
    expect(sortEvents(events).map((e) => e.id)).toEqual(['d', 'a', 'a-1', 'b', 'e', 'c'])
  })

  it('orders two events of one day by their time, whatever offset each was written in', () => {
    const events = [
      event('afternoon-paris', '2025-03-27T15:00+01:00', undefined, 'minute'),
      event('morning-london', '2025-03-27T09:00Z', undefined, 'minute'),
      // 13:30 in Kyiv (+02:00) is 11:30 UTC: after London's morning, before Paris's afternoon.
      event('midday-kyiv', '2025-03-27T13:30+02:00', undefined, 'minute'),
    ]
    expect(sortEvents(events).map((e) => e.id)).toEqual(['morning-london', 'midday-kyiv', 'afternoon-paris'])
  })

  it('puts the day, then the month, then the year that start together: shorter spans first', () => {
    const events = [event('day', '1835-01-01'), event('month', '1835-01-01', undefined, 'month'), event('year', '1835-01-01', undefined, 'year')]
    expect(sortEvents(events).map((e) => e.id)).toEqual(['day', 'month', 'year'])
  })
})

describe('sortEvents in steps', () => {
  it('yields between steps and gives the order the whole sort gives, at 50,000 events with many on one day', () => {
    const days = ['2025-03-27', '2025-03-26', '2025-03-28']
    const events = Array.from({ length: 50_000 }, (_, i) => event(`e-${(i * 7919) % 50_000}`, days[i % 3] as string, i % 5 === 0 ? '2025-03-30' : undefined))
    const steps = sortEventsSteps(events)
    let pauses = 0
    let result = steps.next()
    for (; !result.done; result = steps.next()) pauses++
    expect(pauses).toBeGreaterThan(2)
    const sorted = result.value
    expect(sorted).toEqual(sortEvents(events))
    // Start, then end, then id: checked pair by pair.
    const key = (e: TimelineEvent) => `${e.start} ${e.end ?? e.start}`
    for (let i = 1; i < sorted.length; i++) {
      const [a, b] = [sorted[i - 1] as TimelineEvent, sorted[i] as TimelineEvent]
      expect(key(a) < key(b) || (key(a) === key(b) && a.id < b.id)).toBe(true)
    }
  })

  it('sorts 200,000 events of one span, without running out of stack', () => {
    const events = Array.from({ length: 200_000 }, (_, i) => event(`e-${199_999 - i}`, '2025-03-27'))
    const sorted = sortEvents(events)
    expect(sorted[0]?.id).toBe('e-0')
    expect(sorted.at(-1)?.id).toBe('e-99999')
  })
})
