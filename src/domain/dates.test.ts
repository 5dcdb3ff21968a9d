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

describe('every precision', () => {
  const clean = (text: string) => text.replace(/[\u2009\u202f]/g, ' ')

  it.each([
    [{ start: '1835-01-01', precision: 'year' as const }, '1835'],
    [{ start: '2025-03-27T14:30+01:00', precision: 'minute' as const }, '27 Mar 2025, 14:30 UTC+01:00'],
    [{ start: '2025-03-27T09:05Z', precision: 'minute' as const }, '27 Mar 2025, 09:05 UTC'],
    [{ start: '2025-03-27T14:30+01:00', end: '2025-03-27T16:00+01:00', precision: 'minute' as const }, '27 Mar 2025, 14:30–16:00 UTC+01:00'],
    [{ start: '2025-03-27T22:00-05:00', end: '2025-03-28T01:00-05:00', precision: 'minute' as const }, '27 Mar 2025, 22:00 – 28 Mar 2025, 01:00 UTC-05:00'],
    [{ start: '1066-10-14', precision: 'day' as const }, '14 Oct 1066'],
  ])('formats %o as %s, a time in its own offset', (event, expected) => {
    expect(clean(formatEventDate(event))).toBe(expected)
  })

  it('spans a whole year for year precision, leap years included', () => {
    const span = eventSpan({ start: '2024-01-01', precision: 'year' })
    expect(span.end - span.start).toBe(366 * DAY)
  })

  it('places a minute at its instant whatever offset it was written in', () => {
    const paris = eventSpan({ start: '2025-03-27T14:30+01:00', precision: 'minute' })
    const utc = eventSpan({ start: '2025-03-27T13:30Z', precision: 'minute' })
    expect(paris.start).toBe(utc.start)
    expect(paris.end - paris.start).toBe(60_000)
    expect(isPointEvent({ start: '2025-03-27T14:30+01:00', precision: 'minute' })).toBe(true)
    expect(isPointEvent({ start: '2025-03-27T14:30+01:00', end: '2025-03-27T15:30+01:00', precision: 'minute' })).toBe(false)
  })

  it('reaches the years 1000 and 2999', () => {
    expect(new Date(eventSpan({ start: '1000-01-01', precision: 'year' }).start).getUTCFullYear()).toBe(1000)
    expect(new Date(eventSpan({ start: '2999-01-01', precision: 'year' }).end).toISOString()).toBe('3000-01-01T00:00:00.000Z')
  })
})
