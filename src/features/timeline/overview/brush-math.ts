import { DAY_MS } from '../../../domain/dates'
import type { TimeWindow } from '../../../state/view-state'

/** The span the strip draws: the dataset's, from its first bin to its last. */
export type Domain = { start: number; end: number }

/** The narrowest window, as vis's own zoomMin. */
export const MIN_SPAN_MS = 3 * DAY_MS
/** A key press pans by this share of the window; Page Up/Down by a whole window. */
const STEP = 0.2

const spanOf = (w: TimeWindow) => w.end - w.start

/**
 * A window the strip may ask for: between three days and a little more than the whole span, and
 * never more than half off either end of it (the fitted view already overhangs the right end).
 */
export function clampWindow(w: TimeWindow, domain: Domain): TimeWindow {
  const maxSpan = Math.max((domain.end - domain.start) * 1.5, MIN_SPAN_MS)
  const span = Math.min(Math.max(spanOf(w), MIN_SPAN_MS), maxSpan)
  const centre = (w.start + w.end) / 2
  const lowest = domain.start
  const highest = domain.end
  const clampedCentre = Math.min(Math.max(centre, lowest), highest)
  return { start: Math.round(clampedCentre - span / 2), end: Math.round(clampedCentre + span / 2) }
}

export function panBy(w: TimeWindow, deltaMs: number, domain: Domain): TimeWindow {
  return clampWindow({ start: w.start + deltaMs, end: w.end + deltaMs }, domain)
}

export function centreAt(w: TimeWindow, at: number, domain: Domain): TimeWindow {
  const half = spanOf(w) / 2
  return clampWindow({ start: at - half, end: at + half }, domain)
}

/** One edge dragged to `at`; the other stays put, and the window keeps its minimum span. */
export function moveEdge(w: TimeWindow, edge: 'start' | 'end', at: number, domain: Domain): TimeWindow {
  const bounded = Math.min(Math.max(at, domain.start - spanOf(w)), domain.end + spanOf(w))
  const next = edge === 'start' ? { start: Math.min(bounded, w.end - MIN_SPAN_MS), end: w.end } : { start: w.start, end: Math.max(bounded, w.start + MIN_SPAN_MS) }
  const maxSpan = Math.max((domain.end - domain.start) * 1.5, MIN_SPAN_MS)
  if (spanOf(next) <= maxSpan) return next
  return edge === 'start' ? { start: next.end - maxSpan, end: next.end } : { start: next.start, end: next.start + maxSpan }
}

/** Zoom about the window's centre: a factor under 1 narrows it. */
export function zoomBy(w: TimeWindow, factor: number, domain: Domain): TimeWindow {
  const centre = (w.start + w.end) / 2
  const half = (spanOf(w) * factor) / 2
  return clampWindow({ start: centre - half, end: centre + half }, domain)
}

/**
 * The window a key asks for, or null for a key the brush does not use: ← → pan, Page Up/Down pan
 * by a window, Home/End go to either end, + − zoom, Shift+← → move the end edge (narrower, wider).
 */
export function windowForKey(w: TimeWindow, key: string, shift: boolean, domain: Domain): TimeWindow | null {
  const span = spanOf(w)
  if (shift && key === 'ArrowLeft') return moveEdge(w, 'end', w.end - span * STEP, domain)
  if (shift && key === 'ArrowRight') return moveEdge(w, 'end', w.end + span * STEP, domain)
  switch (key) {
    case 'ArrowLeft':
      return panBy(w, -span * STEP, domain)
    case 'ArrowRight':
      return panBy(w, span * STEP, domain)
    case 'PageUp':
      return panBy(w, -span, domain)
    case 'PageDown':
      return panBy(w, span, domain)
    case 'Home':
      return clampWindow({ start: domain.start, end: domain.start + span }, domain)
    case 'End':
      return clampWindow({ start: domain.end - span, end: domain.end }, domain)
    case '+':
    case '=':
      return zoomBy(w, 0.5, domain)
    case '-':
    case '_':
      return zoomBy(w, 2, domain)
    default:
      return null
  }
}
