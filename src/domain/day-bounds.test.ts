import { describe, expect, it } from 'vitest'
import { eventSpan } from './dates'
import { dayBounds } from './day-bounds'

describe('dayBounds', () => {
  it('bounds the dataset by the days its events may occupy', () => {
    const spans = [
      eventSpan({ start: '2025-03-24', precision: 'week' }),
      eventSpan({ start: '2025-03-02', precision: 'day' }),
    ]
    expect(dayBounds(spans.map((s) => s.start), spans.map((s) => s.end))).toEqual({ min: '2025-03-02', max: '2025-03-30' })
    expect(dayBounds([], [])).toBeNull()
  })

  it('ends on the day of a timed event, not the next one', () => {
    const span = eventSpan({ start: '2025-03-27T23:30Z', precision: 'minute' })
    expect(dayBounds([span.start], [span.end])).toEqual({ min: '2025-03-27', max: '2025-03-27' })
  })
})
