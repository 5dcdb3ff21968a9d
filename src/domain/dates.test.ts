import { describe, expect, it } from 'vitest'
import { eventSpan, formatEventDate, isPointEvent } from './dates'

const DAY = 86_400_000

describe('formatEventDate', () => {
  it.each([
    [{ start: '2025-03-27', precision: 'day' as const }, '27 Mar 2025'],
    [{ start: '2025-03-23', end: '2025-03-25', precision: 'day' as const }, '23 – 25 Mar 2025'],
    [{ start: '2025-02-28', end: '2025-03-02', precision: 'day' as const }, '28 Feb – 2 Mar 2025'],
    [{ start: '2025-03-24', precision: 'week' as const }, 'week of 24 Mar 2025'],
    [{ start: '2025-03-01', precision: 'month' as const }, 'March 2025'],
  ])('formats %o as %s', (event, expected) => {
    // ICU puts thin spaces around the range dash.
    expect(formatEventDate(event).replace(/[\u2009\u202f]/g, ' ')).toBe(expected)
  })
})

describe('eventSpan', () => {
  it('covers one whole day for a day event', () => {
    const span = eventSpan({ start: '2025-03-27', precision: 'day' })
    expect(span.end - span.start).toBe(DAY)
  })

  it('includes the last day of a span', () => {
    const span = eventSpan({ start: '2025-03-23', end: '2025-03-25', precision: 'day' })
    expect(span.end - span.start).toBe(3 * DAY)
  })

  it('covers the whole week or month when that is all we know', () => {
    const week = eventSpan({ start: '2025-03-24', precision: 'week' })
    expect(week.end - week.start).toBe(7 * DAY)
    const feb = eventSpan({ start: '2025-02-01', precision: 'month' })
    expect(new Date(feb.end).toISOString().slice(0, 10)).toBe('2025-03-01')
  })
})

describe('isPointEvent', () => {
  it('is a point only for a single known day', () => {
    expect(isPointEvent({ start: '2025-03-27', precision: 'day' })).toBe(true)
    expect(isPointEvent({ start: '2025-03-27', end: '2025-03-27', precision: 'day' })).toBe(true)
    expect(isPointEvent({ start: '2025-03-27', end: '2025-03-28', precision: 'day' })).toBe(false)
    expect(isPointEvent({ start: '2025-03-24', precision: 'week' })).toBe(false)
  })
})
