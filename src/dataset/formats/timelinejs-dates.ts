import type { Precision } from '../schema'
import { isRecord } from './zod-problems'

type Parts = { year: number; month?: number; day?: number }
export type MappedDates =
  | { ok: true; start: string; end?: string; precision: Precision }
  | { ok: false; field: 'start_date' | 'end_date'; message: string }

/** TimelineJS writes date parts as numbers or numeric strings; hours and minutes are ignored. */
function readParts(raw: unknown): Parts | string {
  if (!isRecord(raw)) return 'Required field is missing'
  const num = (value: unknown): number | undefined =>
    value === undefined || value === null || value === '' ? undefined : Number.isInteger(Number(value)) ? Number(value) : NaN
  const [year, month, day] = [num(raw.year), num(raw.month), num(raw.day)]
  if (year === undefined) return 'A date needs a year'
  if ([year, month, day].some((n) => Number.isNaN(n))) return 'Year, month and day must be whole numbers'
  if (year < 1000 || year > 9999) return `Year ${year} is outside 1000–9999`
  if (day !== undefined && month === undefined) return 'A day needs a month'
  return { year, month, day }
}

const pad = (n: number) => String(n).padStart(2, '0')
const iso = (p: Parts) => `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`

/**
 * Day -> day precision; year and month -> month precision (the 1st). A year alone is rejected: the model
 * has no year precision and January would look far more exact than it is. A span must be known to the day
 * at both ends, as the model draws only day-precise spans.
 */
export function mapTimelineDates(startDate: unknown, endDate: unknown): MappedDates {
  const start = readParts(startDate)
  if (typeof start === 'string') return { ok: false, field: 'start_date', message: start }
  if (start.month === undefined) {
    return { ok: false, field: 'start_date', message: `Known only to the year ${start.year}; give at least a month` }
  }
  if (endDate === undefined || endDate === null) {
    return { ok: true, start: iso(start), precision: start.day === undefined ? 'month' : 'day' }
  }
  const end = readParts(endDate)
  if (typeof end === 'string') return { ok: false, field: 'end_date', message: end }
  if (start.day === undefined) {
    const sameMonth = end.year === start.year && end.month === start.month
    if (sameMonth) return { ok: true, start: iso(start), precision: 'month' }
    return { ok: false, field: 'end_date', message: 'A span known only to the month cannot be shown; give days for both dates' }
  }
  if (end.day === undefined) return { ok: false, field: 'end_date', message: 'The start has a day, so the end needs one too' }
  return { ok: true, start: iso(start), end: iso(end), precision: 'day' }
}
