import type { TimelineEvent } from '../../dataset/schema'
import { DAY_MS, eventSpan } from '../../domain/dates'

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** First and last calendar day any event may occupy, as YYYY-MM-DD; null for no events. */
export function datasetDateBounds(
  events: readonly Pick<TimelineEvent, 'start' | 'end' | 'precision'>[],
): { min: string; max: string } | null {
  if (events.length === 0) return null
  let start = Infinity
  let end = -Infinity
  for (const event of events) {
    const span = eventSpan(event)
    start = Math.min(start, span.start)
    end = Math.max(end, span.end)
  }
  // Spans end at the following midnight; the last day is the one before.
  return { min: isoDay(start), max: isoDay(end - DAY_MS) }
}
