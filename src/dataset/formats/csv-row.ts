import type { CsvColumn, CsvRow } from './csv-columns'
import { splitList, unguardFormula } from './csv-text'

/** A cell as text: trimmed, with the `'` that the export puts before `=`, `+`, `-`, `@` or `'` removed. */
export function cell(row: CsvRow, column: CsvColumn): string {
  return unguardFormula((row[column] ?? '').trim())
}

const orUndefined = (value: string): string | undefined => value || undefined

const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(z|utc|[+-]\d{2}:?\d{2})?$/i
const DAY_AND_TIME = /^(\d{4}-\d{2}-\d{2})[T ](.+)$/

/** "9:05" -> { clock: "09:05", offset: undefined }; "14:30+0100" -> "14:30", "+01:00"; undefined if not a time. */
function readTime(value: string): { clock: string; offset: string | undefined } | undefined {
  const match = TIME.exec(value.trim())
  if (!match) return undefined
  const [, hours = '', minutes = '', seconds, zone] = match
  const offset = zone === undefined ? undefined : /^(z|utc)$/i.test(zone) ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`
  return { clock: `${hours.padStart(2, '0')}:${minutes}${seconds ? `:${seconds}` : ''}`, offset }
}

export type RowDates = { start?: string; end?: string; precision: string; warnings: { column: CsvColumn; message: string }[] }

const NO_OFFSET = 'has no UTC offset; read as UTC. Write it as 14:30+01:00 (or 14:30Z) to say which'

/**
 * A row's dates. A time comes from the `time`/`end_time` columns or from a timestamp in `start`/`end`
 * ("2025-03-27T14:30+01:00", or with a space as spreadsheets write it); either makes the precision
 * `minute` unless the row says otherwise. A time without an offset is read as UTC, with a warning; an
 * end time without one takes the start's offset.
 */
export function rowDates(row: CsvRow): RowDates {
  const warnings: RowDates['warnings'] = []
  const split = (value: string) => {
    const match = DAY_AND_TIME.exec(value)
    return match ? { day: match[1] ?? '', time: match[2] ?? '' } : { day: value, time: '' }
  }
  const start = split(cell(row, 'start'))
  const end = split(cell(row, 'end'))
  const startTime = cell(row, 'time') || start.time
  const endTime = cell(row, 'end_time') || end.time
  const given = cell(row, 'precision').toLowerCase()
  if (!startTime && !endTime) return { start: orUndefined(start.day), end: orUndefined(end.day), precision: given || 'day', warnings }
  const moment = (day: string, time: string, column: CsvColumn, fallbackOffset?: string): string => {
    const read = readTime(time)
    // Not a time: left as written, for the schema to name what is wrong with it.
    if (!read) return `${day}T${time}`
    if (read.offset === undefined && fallbackOffset === undefined) warnings.push({ column, message: `The time ${time} ${NO_OFFSET}` })
    return `${day}T${read.clock}${read.offset ?? fallbackOffset ?? 'Z'}`
  }
  const startColumn: CsvColumn = cell(row, 'time') ? 'time' : 'start'
  const startMoment = startTime ? moment(start.day, startTime, startColumn) : start.day
  const startOffset = readTime(startTime)?.offset
  const endColumn: CsvColumn = cell(row, 'end_time') ? 'end_time' : 'end'
  const endMoment = endTime ? moment(end.day || start.day, endTime, endColumn, startOffset ?? (startTime ? 'Z' : undefined)) : end.day
  return { start: orUndefined(startMoment), end: orUndefined(endMoment), precision: given || 'minute', warnings }
}

/** The event fields of a row; ids of actors and the source are filled in by the caller. */
export function rowEvent(row: CsvRow, ids: { id: string; actors: string[]; source: string; category: string | null }, dates: RowDates) {
  const title = cell(row, 'title')
  const fatalities = cell(row, 'fatalities')
  return {
    id: ids.id,
    title: orUndefined(title),
    summary: orUndefined(cell(row, 'summary') || title),
    start: dates.start,
    end: dates.end,
    precision: dates.precision,
    dateNote: orUndefined(cell(row, 'date_note')),
    category: ids.category ?? undefined,
    subcategory: orUndefined(cell(row, 'subcategory')),
    countries: splitList(cell(row, 'countries')).map((code) => code.toUpperCase()),
    actors: ids.actors,
    location: orUndefined(cell(row, 'location')),
    // Not a number stays text, so the schema names the column rather than the row losing the value silently.
    fatalities: fatalities === '' ? undefined : /^\d+$/.test(fatalities) ? Number(fatalities) : fatalities,
    sources: [{ source: ids.source }],
  }
}

/** The source fields of a row, or undefined when the row names none. */
export function rowSource(row: CsvRow, id: string) {
  const fields = {
    id,
    title: orUndefined(cell(row, 'source_title')),
    publisher: orUndefined(cell(row, 'source_publisher')),
    date: orUndefined(cell(row, 'source_date')),
    url: orUndefined(cell(row, 'source_url')),
  }
  return fields.title || fields.publisher || fields.date || fields.url ? fields : undefined
}

// A Map: the field comes from a problem path, which can name any key a file has.
const FIELD_COLUMNS = new Map<string, CsvColumn>(Object.entries({
  id: 'id', title: 'title', summary: 'summary', start: 'start', end: 'end', precision: 'precision',
  dateNote: 'date_note', category: 'category', subcategory: 'subcategory', countries: 'countries', actors: 'actors',
  location: 'location', fatalities: 'fatalities',
  sources: 'source_title', publisher: 'source_publisher', url: 'source_url', date: 'source_date',
}) as [string, CsvColumn][])

/** `row 7, column "start"` for a problem at `$.start` of row 7's event (or `$.title` of its source). */
export function rowLocation(rowNumber: number, relativePath: string, kind: 'event' | 'source' = 'event'): string {
  const field = /^\$\.(\w+)/.exec(relativePath)?.[1]
  const column = field === 'title' && kind === 'source' ? 'source_title' : field && FIELD_COLUMNS.get(field)
  return column ? `row ${rowNumber}, column "${column}"` : `row ${rowNumber}`
}
