import { describe, expect, it } from 'vitest'
import { DAY_MS } from '../../domain/dates'
import { fitWindow, LABEL_PX } from './fit-window'

const d = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime()
const items = [{ start: new Date(d('2025-03-01')) }, { start: new Date(d('2025-03-10')), end: new Date(d('2025-03-31')) }]

describe('fitWindow', () => {
  it('contains every item with room right of the last one for its label', () => {
    const window = fitWindow(items, 1040)!
    expect(window.start).toBeLessThan(d('2025-03-01'))
    const pxPerMs = 1040 / (window.end - window.start)
    expect((window.end - d('2025-03-31')) * pxPerMs).toBeCloseTo(LABEL_PX, 0)
  })

  it('gives labels a larger share of a narrow timeline, but never more than half', () => {
    const wide = fitWindow(items, 2000)!
    const narrow = fitWindow(items, 300)!
    expect(narrow.end - narrow.start).toBeGreaterThan(wide.end - wide.start)
    expect(d('2025-03-31') - narrow.start).toBeCloseTo((narrow.end - narrow.start) / 2, -3)
  })

  it('shows at least a week around a single day, the day inside it', () => {
    const window = fitWindow([{ start: new Date(d('2025-03-27')) }], 1000)!
    expect(window.end - window.start).toBeGreaterThanOrEqual(7 * DAY_MS)
    expect(window.start).toBeLessThan(d('2025-03-27'))
    expect(window.end).toBeGreaterThan(d('2025-03-28'))
  })

  it('has nothing to fit without items', () => {
    expect(fitWindow([], 1000)).toBeNull()
  })
})
