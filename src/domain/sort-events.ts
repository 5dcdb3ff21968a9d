import type { TimelineEvent } from '../dataset/schema'
import { eventSpan } from './dates'
import { runSteps, sortInSteps, STEP_ITEMS, type Steps } from './steps'

/**
 * Chronological by instant, so times of day order events within a day, whatever offset each was
 * written in; then the shorter span first, then id, so lists never reshuffle between renders.
 */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return runSteps(sortEventsSteps(events))
}

/**
 * sortEvents, yielding between steps (in one go, it held the page for 900 ms at 305,000 events). Each span is computed once (parsing dates inside a comparator
 * would cost n log n parses), the order by span is numeric, and only events of one span are told
 * apart by id: comparing strings across the whole array was most of the time.
 */
export function* sortEventsSteps(events: readonly TimelineEvent[]): Steps<TimelineEvent[]> {
  const size = events.length
  const starts = new Float64Array(size)
  const ends = new Float64Array(size)
  for (let i = 0; i < size; i++) {
    if (i > 0 && i % STEP_ITEMS === 0) yield
    const span = eventSpan(events[i] as TimelineEvent)
    starts[i] = span.start
    ends[i] = span.end
  }
  const order = Array.from({ length: size }, (_, i) => i)
  yield* sortInSteps(order, (a, b) => (starts[a] as number) - (starts[b] as number) || (ends[a] as number) - (ends[b] as number))
  const byId = (a: number, b: number) => compareText((events[a] as TimelineEvent).id, (events[b] as TimelineEvent).id)
  let sinceYield = 0
  for (let from = 0; from < size; ) {
    let to = from + 1
    while (to < size && starts[order[to] as number] === starts[order[from] as number] && ends[order[to] as number] === ends[order[from] as number]) to++
    if (to - from > 1) order.slice(from, to).sort(byId).forEach((position, k) => (order[from + k] = position))
    sinceYield += to - from
    if (sinceYield >= STEP_ITEMS) {
      sinceYield = 0
      yield
    }
    from = to
  }
  return order.map((i) => events[i] as TimelineEvent)
}

// Slugs are ASCII, where code-unit order is locale order, and far cheaper than localeCompare.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
