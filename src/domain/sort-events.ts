import type { TimelineEvent } from '../dataset/schema'
import { eventSpan } from './dates'

/**
 * Chronological by instant, so times of day order events within a day, whatever offset each was
 * written in; then the shorter span first, then id, so lists never reshuffle between renders.
 * Each span is computed once: parsing dates inside the comparator would cost n log n parses.
 */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  const keyed = events.map((event) => ({ event, ...eventSpan(event) }))
  keyed.sort((a, b) => a.start - b.start || a.end - b.end || compareText(a.event.id, b.event.id))
  return keyed.map((k) => k.event)
}

// Slugs are ASCII, where code-unit order is locale order, and far cheaper than localeCompare.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
