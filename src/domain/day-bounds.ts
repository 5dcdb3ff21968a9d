import { DAY_MS } from './dates'

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/**
 * First and last calendar day any event may occupy, as YYYY-MM-DD, from the events' spans (UTC ms,
 * each ending at the following midnight); null for no events.
 */
export function dayBounds(starts: ArrayLike<number>, ends: ArrayLike<number>): { min: string; max: string } | null {
  if (starts.length === 0) return null
  let start = Infinity
  let end = -Infinity
  for (let i = 0; i < starts.length; i++) {
    start = Math.min(start, starts[i] ?? Infinity)
    end = Math.max(end, ends[i] ?? -Infinity)
  }
  // Spans end at the following midnight; the last day is the one before.
  return { min: isoDay(start), max: isoDay(end - DAY_MS) }
}
