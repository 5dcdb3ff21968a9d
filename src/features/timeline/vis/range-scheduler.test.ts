import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RangeScheduler, REFRESH_MS, ZOOM_SETTLE_MS } from './range-scheduler'

let reports = 0
let scheduler: RangeScheduler
const DAY = 86_400_000

beforeEach(() => {
  vi.useFakeTimers()
  reports = 0
  scheduler = new RangeScheduler(() => reports++)
})
afterEach(() => {
  scheduler.dispose()
  vi.useRealTimers()
})

/** A drag: the window moves, its length stays. One call per 16 ms frame. */
function drag(frames: number) {
  for (let i = 0; i < frames; i++) {
    scheduler.rangeChange(10 * DAY)
    vi.advanceTimersByTime(16)
  }
}

describe('RangeScheduler', () => {
  it('throttles a drag to one report per refresh interval', () => {
    scheduler.rangeChange(10 * DAY) // the first move sets the span
    drag(60) // about 1 s of dragging
    const expected = Math.floor((60 * 16) / REFRESH_MS)
    expect(reports).toBeGreaterThanOrEqual(expected - 1)
    expect(reports).toBeLessThanOrEqual(expected + 1)
  })

  it('debounces a wheel zoom until the wheel has been still', () => {
    scheduler.rangeChange(11 * DAY) // the window's length before the wheel
    for (let step = 0; step < 10; step++) {
      scheduler.rangeChange((10 - step) * DAY)
      scheduler.rangeChanged(true) // vis ends each wheel step with this
      vi.advanceTimersByTime(ZOOM_SETTLE_MS - 10)
    }
    expect(reports).toBe(0)
    vi.advanceTimersByTime(10)
    expect(reports).toBe(1)
  })

  it('reports at once when a drag ends, and drops the pending report', () => {
    scheduler.rangeChange(10 * DAY)
    scheduler.rangeChange(10 * DAY)
    scheduler.rangeChanged(true)
    expect(reports).toBe(1)
    vi.advanceTimersByTime(REFRESH_MS * 2)
    expect(reports).toBe(1)
  })

  it('reports at once after a move the app made, even mid-zoom', () => {
    scheduler.rangeChange(10 * DAY)
    scheduler.rangeChange(5 * DAY)
    scheduler.rangeChanged(false)
    expect(reports).toBe(1)
  })

  it('reports once after the first draw', () => {
    scheduler.firstDraw()
    scheduler.firstDraw()
    vi.advanceTimersByTime(REFRESH_MS)
    expect(reports).toBe(1)
  })

  it('reports nothing once disposed', () => {
    scheduler.rangeChange(10 * DAY)
    scheduler.dispose()
    vi.advanceTimersByTime(1000)
    expect(reports).toBe(0)
  })
})
