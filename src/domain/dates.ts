import { TIMESTAMP_PATTERN, type TimelineEvent } from '../dataset/schema'

export const DAY_MS = 86_400_000
const MINUTE_MS = 60_000

type Dated = Pick<TimelineEvent, 'start' | 'end' | 'precision'>

export function dateMs(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`)
}

/** A dataset date as UTC ms: a calendar day at its UTC midnight, a timestamp at its instant. */
export function instantMs(value: string): number {
  return value.includes('T') ? Date.parse(value) : dateMs(value)
}

function addUtcMonths(ms: number, months: number): number {
  const date = new Date(ms)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1)
}

/** The stretch of time an event may occupy: [start, end) in UTC milliseconds. */
export function eventSpan(event: Dated): { start: number; end: number } {
  const start = instantMs(event.start)
  switch (event.precision) {
    case 'year':
      return { start, end: addUtcMonths(start, 12) }
    case 'month':
      return { start, end: addUtcMonths(start, 1) }
    case 'week':
      return { start, end: start + 7 * DAY_MS }
    case 'day':
      return { start, end: dateMs(event.end ?? event.start) + DAY_MS }
    case 'minute':
      return { start, end: instantMs(event.end ?? event.start) + MINUTE_MS }
  }
}

/** A single known day or minute is drawn as a point; everything else covers a span. */
export function isPointEvent(event: Dated): boolean {
  return (event.precision === 'day' || event.precision === 'minute') && (event.end === undefined || event.end === event.start)
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

/** A timestamp's own wall-clock parts: it is shown in the offset it was written in, not the reader's. */
function wallClock(timestamp: string): { day: string; time: string; offset: string } | null {
  const match = TIMESTAMP_PATTERN.exec(timestamp)
  if (!match) return null
  const [, day = '', hours = '', minutes = '', , offset = 'Z'] = match
  return { day, time: `${hours}:${minutes}`, offset: offset === 'Z' || offset === '+00:00' ? 'UTC' : `UTC${offset}` }
}

/** "27 Mar 2025, 14:30 UTC+01:00", "27 Mar 2025, 14:30–16:00 UTC+01:00". */
function formatMinutes(event: Dated): string {
  const start = wallClock(event.start)
  if (!start) return event.start
  const end = event.end === undefined || event.end === event.start ? null : wallClock(event.end)
  const startText = `${formatDay(start.day)}, ${start.time}`
  if (!end) return `${startText} ${start.offset}`
  if (end.offset !== start.offset) return `${startText} ${start.offset} – ${formatDay(end.day)}, ${end.time} ${end.offset}`
  if (end.day === start.day) return `${startText}–${end.time} ${start.offset}`
  return `${startText} – ${formatDay(end.day)}, ${end.time} ${start.offset}`
}

/** "27 Mar 2025", "23–25 Mar 2025", "week of 24 Mar 2025", "March 2025", "1835", "27 Mar 2025, 14:30 UTC". */
export function formatEventDate(event: Dated): string {
  if (event.precision === 'minute') return formatMinutes(event)
  const start = dateMs(event.start)
  if (event.precision === 'year') return event.start.slice(0, 4)
  if (event.precision === 'week') return `week of ${dayFormat.format(start)}`
  if (event.precision === 'month') return monthFormat.format(start)
  if (isPointEvent(event) || event.end === undefined) return dayFormat.format(start)
  return formatDayRange(start, dateMs(event.end))
}

export const PRECISION_LABELS = {
  year: 'Known only to the year',
  month: 'Known only to the month',
  week: 'Known only to the week',
  day: 'Known to the day',
  minute: 'Known to the minute',
} as const satisfies Record<TimelineEvent['precision'], string>

/** Precisions drawn as a faint, hatched bar over the whole period, so they never look exact. */
export function isVague(precision: TimelineEvent['precision']): boolean {
  return precision === 'year' || precision === 'month' || precision === 'week'
}
