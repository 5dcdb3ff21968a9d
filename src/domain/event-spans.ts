import type { TimelineEvent } from '../dataset/schema'
import { eventSpan } from './dates'

type Span = { start: number; end: number }

// Dataset events are immutable, so a span computed once holds for the page's life.
const spans = new WeakMap<TimelineEvent, Span>()

/** eventSpan, memoised per event object: date parsing dominates when 100,000 events are laid out. */
export function cachedSpan(event: TimelineEvent): Span {
  let span = spans.get(event)
  if (!span) {
    span = eventSpan(event)
    spans.set(event, span)
  }
  return span
}
