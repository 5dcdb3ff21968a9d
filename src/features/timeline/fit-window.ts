import { DAY_MS } from '../../domain/dates'
import { WINDOW_LIMITS } from '../../state/view-state'

type Timed = { start: Date; end?: Date }

/** Room kept right of the last item for its label, in pixels: short titles keep labels short. */
export const LABEL_PX = 240

/** Room kept left of the first item, in pixels: its dot is centred on its date, so half of it would be cut. */
export const LEAD_PX = 12

/**
 * A window that shows every item with room for the label that runs right of the last point and for
 * the first item's dot; vis's own fit() only accounts for the dates.
 */
export function fitWindow(items: readonly Timed[], widthPx: number): { start: number; end: number } | null {
  if (items.length === 0) return null
  let min = Infinity
  let max = -Infinity
  for (const item of items) {
    min = Math.min(min, item.start.getTime())
    max = Math.max(max, (item.end ?? item.start).getTime())
  }
  const span = Math.max(max - min, 7 * DAY_MS)
  const labelShare = Math.min(LABEL_PX / Math.max(widthPx, 1), 0.5)
  // Capped, so that a fitted window stays within zoomLimits' 2.2 spans on the narrowest screen.
  const leadShare = Math.min(LEAD_PX / Math.max(widthPx, 1), 0.04)
  const width = span / (1 - labelShare - leadShare)
  const start = min - width * leadShare
  return { start, end: start + width }
}

/** The widest window links may ask for: all of years 1000 to 3000. */
const WIDEST = WINDOW_LIMITS.maxInstant - WINDOW_LIMITS.minInstant

/**
 * How far the reader may zoom, from the data: in to a day, out to the whole span with room for
 * labels (fitWindow can be twice the span on a narrow screen), so every dataset can be seen whole,
 * 1835 to 1910 as well as one March.
 */
export function zoomLimits(extent: { start: number; end: number } | null): { zoomMin: number; zoomMax: number } {
  const span = extent ? extent.end - extent.start : 0
  return { zoomMin: DAY_MS, zoomMax: Math.min(Math.max(span, 7 * DAY_MS) * 2.2, WIDEST) }
}
