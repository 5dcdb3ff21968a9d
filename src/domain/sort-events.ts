import type { TimelineEvent } from '../dataset/schema'

/** Chronological, with a stable tie-break so lists never reshuffle between renders. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  // ISO dates and slugs are ASCII, where code-unit order is locale order, and it is far cheaper
  // than localeCompare over 100,000 events.
  return compareText(a.start, b.start) || compareText(a.end ?? a.start, b.end ?? b.start) || compareText(a.id, b.id)
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(compareEvents)
}
