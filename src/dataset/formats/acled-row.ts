import { YEAR_RANGE, type Precision } from '../schema'
import type { AcledColumn, AcledRow } from './acled-columns'

/** A cell as trimmed text. */
export const acledCell = ({ cells, at }: AcledRow, column: AcledColumn): string => (cells[at.get(column) ?? -1] ?? '').trim()

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']
const pad = (n: number) => String(n).padStart(2, '0')

function calendarDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  const ok = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return ok ? `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}` : undefined
}

/**
 * ACLED's event_date as YYYY-MM-DD: the API writes `2023-01-31`, the website's downloads `31 January 2023`,
 * older files `31-January-2023` or the codebook's dd-mm-yyyy. Undefined when it is none of them.
 */
export function acledDate(value: string): string | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (iso) return calendarDay(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const named = /^(\d{1,2})[\s-]+([A-Za-z]+)\.?[\s-]+(\d{4})$/.exec(value)
  if (named) {
    const word = (named[2] ?? '').toLowerCase()
    const month = MONTHS.findIndex((m) => m === word || (word.length >= 3 && m.startsWith(word))) + 1
    return month ? calendarDay(Number(named[3]), month, Number(named[1])) : undefined
  }
  const numeric = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value)
  if (numeric) return calendarDay(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]))
  return undefined
}

/** ACLED's timestamp (Unix seconds of the record's last change) as a day; an ISO date is read as it is. */
export function acledTimestampDay(value: string): string | undefined {
  if (/^\d{9,11}$/.test(value)) return new Date(Number(value) * 1000).toISOString().slice(0, 10)
  return acledDate(value.slice(0, 10))
}

function mondayOf(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7))
  return date.toISOString().slice(0, 10)
}

export type AcledDates = { ok: true; start: string; precision: Precision; dateNote?: string } | { ok: false; column: AcledColumn; message: string }

/**
 * event_date and time_precision (see acled-columns.ts for the codebook's words): 1 is the day; 2 is a week
 * or so, shown as the week holding the coded date; 3 is the month, whose mid-point ACLED codes. An empty
 * time_precision (a trimmed export) is read as 1, as ACLED's default.
 */
export function acledDates(row: AcledRow): AcledDates {
  const raw = acledCell(row, 'event_date')
  const day = acledDate(raw)
  if (!day) return { ok: false, column: 'event_date', message: raw ? `"${raw.slice(0, 40)}" is not a date ACLED writes (2023-01-31 or 31 January 2023)` : 'Required field is missing' }
  const year = Number(day.slice(0, 4))
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) return { ok: false, column: 'event_date', message: `The year ${year} is outside the years this app can show (${YEAR_RANGE.min}–${YEAR_RANGE.max})` }
  const code = acledCell(row, 'time_precision')
  if (code === '' || code === '1') return { ok: true, start: day, precision: 'day' }
  if (code === '2') {
    return { ok: true, start: mondayOf(day), precision: 'week', dateNote: `ACLED time precision 2: the source gives only the week or a few days; ACLED coded ${day}.` }
  }
  if (code === '3') {
    return { ok: true, start: `${day.slice(0, 8)}01`, precision: 'month', dateNote: `ACLED time precision 3: the source gives only the month; ACLED coded its mid-point, ${day}.` }
  }
  return { ok: false, column: 'time_precision', message: `"${code.slice(0, 20)}" is not an ACLED time precision (1, 2 or 3)` }
}

/** ACLED's actor types (inter1, inter2), by code, as its codebook names them. */
const ACTOR_TYPES = ['State forces', 'Rebel group', 'Political militia', 'Identity militia', 'Rioters', 'Protesters', 'Civilians', 'External/Other forces']

export function actorType(inter: string): string {
  const code = Number(inter)
  const named = Number.isInteger(code) ? ACTOR_TYPES[code - 1] : undefined
  return named ?? (inter || 'Actor in ACLED data')
}

/** ACLED lists associated actors separated by ";". */
export const actorList = (value: string): string[] => value.split(';').map((name) => name.trim()).filter(Boolean)
