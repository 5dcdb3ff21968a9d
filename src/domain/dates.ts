import type { TimelineEvent } from '../dataset/schema'

export const DAY_MS = 86_400_000

export function dateMs(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`)
}

function addUtcMonths(ms: number, months: number): number {
  const date = new Date(ms)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1)
}

/** The stretch of time an event may occupy: [start, end) in UTC milliseconds. */
export function eventSpan(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): { start: number; end: number } {
  const start = dateMs(event.start)
  switch (event.precision) {
    case 'week':
      return { start, end: start + 7 * DAY_MS }
    case 'month':
      return { start, end: addUtcMonths(start, 1) }
    case 'day':
      return { start, end: dateMs(event.end ?? event.start) + DAY_MS }
  }
}

/** A day event with no end is drawn as a point; everything else covers a span. */
export function isPointEvent(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): boolean {
  return event.precision === 'day' && (event.end === undefined || event.end === event.start)
}

const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
/** "1 Mar 2025"; a value that is not a date is shown as it is rather than throwing. */
export function formatDay(isoDate: string): string {
  const ms = dateMs(isoDate)
  return Number.isNaN(ms) ? isoDate : dayFormat.format(ms)
}

/** "2 – 9 Mar 2025" for two UTC instants. */
export function formatDayRange(startMs: number, endMs: number): string {
  return dayFormat.formatRange(startMs, endMs)
}

const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "27 Mar 2025", "23–25 Mar 2025", "week of 24 Mar 2025", "March 2025". */
export function formatEventDate(event: Pick<TimelineEvent, 'start' | 'end' | 'precision'>): string {
  const start = dateMs(event.start)
  if (event.precision === 'week') return `week of ${dayFormat.format(start)}`
  if (event.precision === 'month') return monthFormat.format(start)
  if (isPointEvent(event) || event.end === undefined) return dayFormat.format(start)
  return formatDayRange(start, dateMs(event.end))
}

export const PRECISION_LABELS = {
  day: 'Known to the day',
  week: 'Known only to the week',
  month: 'Known only to the month',
} as const satisfies Record<TimelineEvent['precision'], string>
