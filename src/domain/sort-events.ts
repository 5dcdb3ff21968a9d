import type { TimelineEvent } from '../dataset/schema'

/** Chronological, with a stable tie-break so lists never reshuffle between renders. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.start.localeCompare(b.start) || (a.end ?? a.start).localeCompare(b.end ?? b.start) || a.id.localeCompare(b.id)
}

export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return [...events].sort(compareEvents)
}
