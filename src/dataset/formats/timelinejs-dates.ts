import { YEAR_RANGE, type Precision } from '../schema'
import { isRecord } from './zod-problems'

/** One TimelineJS date, as far as it goes: a year, then optionally month, day, hour and minute. */
export type DateParts = { year: number; month?: number; day?: number; hour?: number; minute?: number; second?: number; display?: string }
export type MappedDates =
  | { ok: true; start: string; end?: string; precision: Precision; notes: string[]; warnings: string[] }
  | { ok: false; field: 'start_date' | 'end_date'; message: string }

type Grain = 'year' | 'month' | 'day' | 'minute'

/** TimelineJS writes date parts as numbers or numeric strings, an empty string meaning "not given". */
export function readDateParts(raw: unknown): DateParts | string {
  if (!isRecord(raw)) return 'Required field is missing'
  // Only numbers and strings: anything else (an object with its own toString) is not a date part.
  const num = (value: unknown): number | undefined => {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined
    if (typeof value !== 'number' && typeof value !== 'string') return NaN
    return Number.isInteger(Number(value)) ? Number(value) : NaN
  }
  const [year, month, day, hour, minute, second] = [raw.year, raw.month, raw.day, raw.hour, raw.minute, raw.second].map(num)
  if (year === undefined) return 'A date needs a year'
  if ([year, month, day, hour, minute, second].some((n) => Number.isNaN(n))) return 'Year, month, day and time must be whole numbers'
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    return `The year ${year} is outside the years this app can show (${YEAR_RANGE.min}–${YEAR_RANGE.max})`
  }
  if (month !== undefined && (month < 1 || month > 12)) return `Month ${month} is not 1–12`
  if (day !== undefined && month === undefined) return 'A day needs a month'
  if (hour !== undefined && (hour < 0 || hour > 23)) return `Hour ${hour} is not 0–23`
  if ((minute ?? 0) < 0 || (minute ?? 0) > 59 || (second ?? 0) < 0 || (second ?? 0) > 59) return 'Minutes and seconds are 0–59'
  const display = typeof raw.display_date === 'string' ? raw.display_date.trim().slice(0, 200) : ''
  return { year, month, day, hour, minute, second, ...(display ? { display } : {}) }
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')
const day = (year: number, month = 1, date = 1) => `${pad(year, 4)}-${pad(month)}-${pad(date)}`
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** How finely a date is given. A time needs a day; a time on a date without one is left out. */
function grainOf(parts: DateParts): Grain {
  if (parts.month === undefined) return 'year'
  if (parts.day === undefined) return 'month'
  return parts.hour === undefined ? 'day' : 'minute'
}

/** TimelineJS has no time zones: a time is the wall clock it shows, written here as UTC so it shows the same. */
function timestamp(p: DateParts): string {
  const seconds = p.second ? `:${pad(p.second)}` : ''
  return `${day(p.year, p.month, p.day)}T${pad(p.hour ?? 0)}:${pad(p.minute ?? 0)}${seconds}Z`
}

/** The first and last day a date covers: a year, a month or a day. */
const firstDay = (p: DateParts) => day(p.year, p.month, p.day)
const lastDay = (p: DateParts) =>
  p.month === undefined ? day(p.year, 12, 31) : day(p.year, p.month, p.day ?? lastDayOfMonth(p.year, p.month))

const GRAIN_WORDS: Record<Grain, string> = { year: 'year', month: 'month', day: 'day', minute: 'minute' }
const described = (p: DateParts) => (p.month === undefined ? String(p.year) : p.day === undefined ? `${p.year}-${pad(p.month)}` : firstDay(p))

export const TIME_ZONE_NOTE = 'TimelineJS gives times without a time zone; shown as written, marked UTC.'

/**
 * A slide's dates onto the model, never more exact than the file says:
 * - year -> year precision (1 January), year and month -> month (the 1st), a day -> day, a time -> minute
 *   (as UTC, with a note: TimelineJS times have no zone).
 * - A span within one year or one month is that year or month.
 * - Any other span is kept as day precision over the whole of both ends (1835–1910 -> 1 Jan 1835 to
 *   31 Dec 1910), since only day and minute precision have ends; dateNote says so, and a warning too.
 * - A span with a time at one end only drops the time (day precision), with a note.
 * - display_date (on the slide or a date) is kept in dateNote: "Shown in the source as …".
 */
export function mapTimelineDates(startDate: unknown, endDate: unknown, slideDisplay?: unknown): MappedDates {
  const start = readDateParts(startDate)
  if (typeof start === 'string') return { ok: false, field: 'start_date', message: start }
  const notes: string[] = []
  const warnings: string[] = []
  const hasEnd = endDate !== undefined && endDate !== null && !(isRecord(endDate) && Object.values(endDate).every((v) => v === '' || v === null))
  const end = hasEnd ? readDateParts(endDate) : undefined
  if (typeof end === 'string') return { ok: false, field: 'end_date', message: end }
  const display = typeof slideDisplay === 'string' && slideDisplay.trim() ? slideDisplay.trim() : start.display
  if (display) notes.push(`Shown in the source as "${display}"${end?.display && end.display !== display ? ` to "${end.display}"` : ''}.`)
  const result = (fields: { start: string; end?: string; precision: Precision }): MappedDates => ({ ok: true, ...fields, notes, warnings })

  const startGrain = grainOf(start)
  if (!end || sameMoment(start, end)) {
    if (startGrain === 'minute') notes.push(TIME_ZONE_NOTE)
    if (startGrain === 'minute') return result({ start: timestamp(start), precision: 'minute' })
    return result({ start: firstDay(start), precision: startGrain })
  }
  const endGrain = grainOf(end)
  if (startGrain === 'minute' && endGrain === 'minute') {
    notes.push(TIME_ZONE_NOTE)
    return result({ start: timestamp(start), end: timestamp(end), precision: 'minute' })
  }
  if (startGrain === 'minute' || endGrain === 'minute') notes.push('The time of day at one end was left out: a span needs it at both ends.')
  // Both ends in one year (or one month) given only to that year (or month): the period itself.
  if (startGrain === 'year' && endGrain === 'year' && start.year === end.year) return result({ start: firstDay(start), precision: 'year' })
  if (startGrain === 'month' && endGrain === 'month' && start.year === end.year && start.month === end.month) {
    return result({ start: firstDay(start), precision: 'month' })
  }
  const coarse = [startGrain, endGrain].filter((g) => g === 'year' || g === 'month')
  if (coarse.length) {
    const from = firstDay(start)
    const to = lastDay(end)
    const known = startGrain === endGrain ? `both ends only to the ${GRAIN_WORDS[startGrain]}` : `the start to the ${GRAIN_WORDS[startGrain === 'minute' ? 'day' : startGrain]} and the end to the ${GRAIN_WORDS[endGrain === 'minute' ? 'day' : endGrain]}`
    notes.push(`The source gives ${described(start)} to ${described(end)} (${known}); drawn over the whole of both, ${from} to ${to}, not exact days.`)
    warnings.push(`Known only to the ${coarse.includes('year') ? 'year' : 'month'} at ${coarse.length === 2 ? 'both ends' : 'one end'}; kept as the days from ${from} to ${to}, with a date note saying so`)
    return result({ start: from, end: to, precision: 'day' })
  }
  return result({ start: firstDay(start), end: firstDay(end), precision: 'day' })
}

function sameMoment(a: DateParts, b: DateParts): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute && a.second === b.second
}

export type MappedEra = { ok: true; start: string; end: string } | { ok: false; field: 'start_date' | 'end_date'; message: string }

/** An era is a band of whole days: from the first day of its start to the last day of its end. */
export function mapEraDates(startDate: unknown, endDate: unknown): MappedEra {
  const start = readDateParts(startDate)
  if (typeof start === 'string') return { ok: false, field: 'start_date', message: start }
  if (endDate === undefined || endDate === null) return { ok: false, field: 'end_date', message: 'An era needs an end date' }
  const end = readDateParts(endDate)
  if (typeof end === 'string') return { ok: false, field: 'end_date', message: end }
  return { ok: true, start: firstDay(start), end: lastDay(end) }
}
