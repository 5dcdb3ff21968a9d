import { describe, expect, it } from 'vitest'
import { DAY_MS } from '../../../domain/dates'
import { clampWindow, MIN_SPAN_MS, moveEdge, windowForKey } from './brush-math'

const domain = { start: 0, end: 100 * DAY_MS }
const w = { start: 40 * DAY_MS, end: 50 * DAY_MS }
const days = (x: { start: number; end: number }) => [x.start / DAY_MS, x.end / DAY_MS]

describe('windowForKey', () => {
  it('pans by a fifth of the window with the arrows, by a window with Page Up/Down', () => {
    expect(days(windowForKey(w, 'ArrowRight', false, domain)!)).toEqual([42, 52])
    expect(days(windowForKey(w, 'ArrowLeft', false, domain)!)).toEqual([38, 48])
    expect(days(windowForKey(w, 'PageDown', false, domain)!)).toEqual([50, 60])
  })

  it('zooms about the centre with + and −', () => {
    expect(days(windowForKey(w, '+', false, domain)!)).toEqual([42.5, 47.5])
    expect(days(windowForKey(w, '-', false, domain)!)).toEqual([35, 55])
  })

  it('moves the end edge with Shift and an arrow', () => {
    expect(days(windowForKey(w, 'ArrowLeft', true, domain)!)).toEqual([40, 48])
    expect(days(windowForKey(w, 'ArrowRight', true, domain)!)).toEqual([40, 52])
  })

  it('goes to either end with Home and End, and ignores other keys', () => {
    expect(days(windowForKey(w, 'Home', false, domain)!)).toEqual([0, 10])
    expect(days(windowForKey(w, 'End', false, domain)!)).toEqual([90, 100])
    expect(windowForKey(w, 'a', false, domain)).toBeNull()
  })
})

describe('limits', () => {
  it('never narrows below three days, nor pans the window more than half off the span', () => {
    const narrow = moveEdge(w, 'end', w.start, domain)
    expect(narrow.end - narrow.start).toBe(MIN_SPAN_MS)
    expect(days(clampWindow({ start: 200 * DAY_MS, end: 210 * DAY_MS }, domain))).toEqual([95, 105])
  })

  it('never widens past one and a half spans', () => {
    const wide = clampWindow({ start: -500 * DAY_MS, end: 500 * DAY_MS }, domain)
    expect(wide.end - wide.start).toBe(150 * DAY_MS)
  })
})
