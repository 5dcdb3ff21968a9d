import { forEachBit, type Bitset } from './bitset'
import { DAY_MS } from './dates'

/**
 * How a dataset's whole span is cut into bins for its density strip, with each event's first and
 * last bin: built once per dataset, so a filter change only has to count.
 */
export type DensityBins = {
  /** UTC ms where the first bin starts: a midnight, a Monday for bins of a week or more. */
  start: number
  binMs: number
  count: number
  /** First and last bin each event (by position in the index) overlaps. */
  first: Uint16Array
  last: Uint16Array
}

/** The strip never needs more bars than it has room for; a few hundred is plenty. */
export const MAX_BINS = 160
/** Bin sizes in days, smallest first: a day, two, a week, a fortnight, four weeks, a quarter… */
const BIN_DAYS = [1, 2, 7, 14, 28, 56, 91, 182, 364]

/** Days from 1 Jan 1970 (a Thursday) back to the Monday of that week. */
const sinceMonday = (day: number) => (((day + 3) % 7) + 7) % 7

/**
 * Bins for spans given as parallel start/end arrays (UTC ms, end exclusive), or null without any.
 * Linear in the number of spans.
 */
export function densityBins(starts: ArrayLike<number>, ends: ArrayLike<number>, maxBins: number = MAX_BINS): DensityBins | null {
  const size = starts.length
  if (size === 0) return null
  let min = Infinity
  let max = -Infinity
  for (let i = 0; i < size; i++) {
    min = Math.min(min, starts[i] ?? Infinity)
    max = Math.max(max, ends[i] ?? -Infinity)
  }
  if (!Number.isFinite(min) || !Number.isFinite(max)) return null
  let firstDay = Math.floor(min / DAY_MS)
  const lastDay = Math.max(Math.ceil(max / DAY_MS), firstDay + 1)
  const binDays =
    BIN_DAYS.find((days) => Math.ceil((lastDay - firstDay + (days >= 7 ? 6 : 0)) / days) <= maxBins) ?? Math.ceil((lastDay - firstDay + 6) / maxBins)
  if (binDays >= 7) firstDay -= sinceMonday(firstDay)
  const start = firstDay * DAY_MS
  const binMs = binDays * DAY_MS
  const count = Math.max(1, Math.ceil((lastDay * DAY_MS - start) / binMs))
  const first = new Uint16Array(size)
  const last = new Uint16Array(size)
  for (let i = 0; i < size; i++) {
    const from = Math.floor(((starts[i] ?? start) - start) / binMs)
    // Ends are exclusive: a span ending at midnight does not reach the next bin.
    const to = Math.floor(((ends[i] ?? start) - 1 - start) / binMs)
    first[i] = Math.min(Math.max(from, 0), count - 1)
    last[i] = Math.min(Math.max(to, first[i] ?? 0), count - 1)
  }
  return { start, binMs, count, first, last }
}

/**
 * Events per bin for the events whose positions are set in `bits`: each counts in every bin its span
 * overlaps. A difference array keeps it linear in events plus bins, however long the spans.
 */
export function binCounts(bins: DensityBins, bits: Bitset): Uint32Array {
  const diff = new Int32Array(bins.count + 1)
  const { first, last } = bins
  forEachBit(bits, (i) => {
    const from = first[i] ?? 0
    const to = (last[i] ?? 0) + 1
    diff[from] = (diff[from] ?? 0) + 1
    diff[to] = (diff[to] ?? 0) - 1
  })
  const counts = new Uint32Array(bins.count)
  let running = 0
  for (let b = 0; b < bins.count; b++) {
    running += diff[b] ?? 0
    counts[b] = running
  }
  return counts
}
