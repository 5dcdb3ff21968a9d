const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** Earliest start and latest end of spans in UTC ms ([start, end)); null for none. */
export function spanExtent(starts: ArrayLike<number>, ends: ArrayLike<number>): { start: number; end: number } | null {
  if (starts.length === 0) return null
  let start = Infinity
  let end = -Infinity
  for (let i = 0; i < starts.length; i++) {
    start = Math.min(start, starts[i] ?? Infinity)
    end = Math.max(end, ends[i] ?? -Infinity)
  }
  return { start, end }
}

/**
 * First and last calendar day any event may occupy, as YYYY-MM-DD, from the events' spans (UTC ms,
 * each ending at the following midnight, or a minute after a timed event); null for no events.
 */
export function dayBounds(starts: ArrayLike<number>, ends: ArrayLike<number>): { min: string; max: string } | null {
  const extent = spanExtent(starts, ends)
  if (!extent) return null
  // The last instant inside the span names the last day: a day span ends at the next midnight.
  return { min: isoDay(extent.start), max: isoDay(extent.end - 1) }
}
