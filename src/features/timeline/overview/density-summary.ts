import type { DensityBins } from '../../../domain/density'
import { DAY_MS, formatDayRange } from '../../../domain/dates'

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })

/** A bin as words: "26 Mar 2025", "week of 24 Mar 2025", "3 – 30 Mar 2025". */
export function binLabel(bins: Pick<DensityBins, 'start' | 'binMs'>, bin: number): string {
  const start = bins.start + bin * bins.binMs
  if (bins.binMs === DAY_MS) return dayFormat.format(start)
  if (bins.binMs === 7 * DAY_MS) return `week of ${dayFormat.format(start)}`
  return formatDayRange(start, start + bins.binMs - DAY_MS)
}

const UNIT: Record<number, string> = { [DAY_MS]: 'day', [7 * DAY_MS]: 'week' }

/**
 * The strip in words, for screen readers: what the bars count and where the most events are (the
 * three busiest bins, ties to the earlier). Linear in the number of bins.
 */
export function densitySummary(bins: Pick<DensityBins, 'start' | 'binMs' | 'count'>, counts: ArrayLike<number>): string {
  const unit = UNIT[bins.binMs] ?? `${Math.round(bins.binMs / DAY_MS)} days`
  const span = formatDayRange(bins.start, bins.start + bins.count * bins.binMs - DAY_MS)
  const top: number[] = []
  for (let b = 0; b < counts.length; b++) {
    if (!(counts[b] ?? 0)) continue
    top.push(b)
    top.sort((x, y) => (counts[y] ?? 0) - (counts[x] ?? 0) || x - y)
    if (top.length > 3) top.pop()
  }
  const head = `Events per ${unit}, ${span}.`
  if (top.length === 0) return `${head} No events match the filters.`
  const busiest = top.map((b) => `${binLabel(bins, b)} (${counts[b]})`).join(', ')
  return `${head} Busiest: ${busiest}.`
}

/** The bars as one SVG path in a viewBox one unit per bin wide and `height` tall. */
export function barsPath(counts: ArrayLike<number>, height: number): string {
  let max = 0
  for (let b = 0; b < counts.length; b++) max = Math.max(max, counts[b] ?? 0)
  if (max === 0) return ''
  const parts: string[] = []
  for (let b = 0; b < counts.length; b++) {
    const count = counts[b] ?? 0
    if (!count) continue
    // Any event at all shows: a bar is at least a tenth of the strip tall.
    const h = Math.max((count / max) * height, height / 10)
    parts.push(`M${b} ${height}V${(height - h).toFixed(2)}h0.9V${height}z`)
  }
  return parts.join('')
}
