import { describe, expect, it } from 'vitest'
import { DAY_MS } from '../../domain/dates'
import { fitWindow, LABEL_PX, LEAD_PX, zoomLimits } from './fit-window'

const d = (iso: string) => new Date(`${iso}T00:00:00Z`).getTime()
const items = [{ start: new Date(d('2025-03-01')) }, { start: new Date(d('2025-03-10')), end: new Date(d('2025-03-31')) }]

describe('fitWindow', () => {
  it('contains every item with room right of the last one for its label', () => {
    const window = fitWindow(items, 1040)!
    expect(window.start).toBeLessThan(d('2025-03-01'))
    const pxPerMs = 1040 / (window.end - window.start)
    expect((window.end - d('2025-03-31')) * pxPerMs).toBeCloseTo(LABEL_PX, 0)
  })

  it('keeps the first item’s whole dot in view, whatever the width', () => {
    for (const widthPx of [300, 620, 1040, 2000]) {
      const window = fitWindow(items, widthPx)!
      const pxPerMs = widthPx / (window.end - window.start)
      expect((d('2025-03-01') - window.start) * pxPerMs).toBeCloseTo(LEAD_PX, 0)
    }
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

describe('zoomLimits', () => {
  const DAY = 86_400_000
  const year = (y: number) => Date.UTC(y, 0, 1)

  it('zooms in to a day and out far enough to fit the whole of a long dataset', () => {
    // Mark Twain's life, 1835 to 1910: 75 years, far past the old cap of 5.
    const extent = { start: year(1835), end: year(1911) }
    const limits = zoomLimits(extent)
    expect(limits.zoomMin).toBe(DAY)
    const fitted = fitWindow([{ start: new Date(extent.start), end: new Date(extent.end) }], 390)!
    expect(fitted.end - fitted.start).toBeLessThanOrEqual(limits.zoomMax)
  })

  it('keeps a week of room for a dataset of one day, and never exceeds years 1000 to 3000', () => {
    expect(zoomLimits({ start: year(2025), end: year(2025) + DAY }).zoomMax).toBeGreaterThanOrEqual(7 * DAY)
    expect(zoomLimits({ start: year(1000), end: year(3000) }).zoomMax).toBeLessThanOrEqual(year(3001) - year(1000))
    expect(zoomLimits(null).zoomMin).toBe(DAY)
  })
})
