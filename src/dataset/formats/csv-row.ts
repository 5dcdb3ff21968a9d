import type { CsvColumn, CsvRow } from './csv-columns'
import { splitList, unguardFormula } from './csv-text'

/** A cell as text: trimmed, with the `'` that the export puts before `=`, `+`, `-`, `@` or `'` removed. */
export function cell(row: CsvRow, column: CsvColumn): string {
  return unguardFormula((row[column] ?? '').trim())
}

const orUndefined = (value: string): string | undefined => value || undefined

/** The event fields of a row; ids of actors and the source are filled in by the caller. */
export function rowEvent(row: CsvRow, ids: { id: string; actors: string[]; source: string; category: string | null }) {
  const title = cell(row, 'title')
  return {
    id: ids.id,
    title: orUndefined(title),
    summary: orUndefined(cell(row, 'summary') || title),
    start: orUndefined(cell(row, 'start')),
    end: orUndefined(cell(row, 'end')),
    precision: cell(row, 'precision').toLowerCase() || 'day',
    dateNote: orUndefined(cell(row, 'date_note')),
    category: ids.category ?? undefined,
    countries: splitList(cell(row, 'countries')).map((code) => code.toUpperCase()),
    actors: ids.actors,
    location: orUndefined(cell(row, 'location')),
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
  dateNote: 'date_note', category: 'category', countries: 'countries', actors: 'actors', location: 'location',
  sources: 'source_title', publisher: 'source_publisher', url: 'source_url', date: 'source_date',
}) as [string, CsvColumn][])

/** `row 7, column "start"` for a problem at `$.start` of row 7's event (or `$.title` of its source). */
export function rowLocation(rowNumber: number, relativePath: string, kind: 'event' | 'source' = 'event'): string {
  const field = /^\$\.(\w+)/.exec(relativePath)?.[1]
  const column = field === 'title' && kind === 'source' ? 'source_title' : field && FIELD_COLUMNS.get(field)
  return column ? `row ${rowNumber}, column "${column}"` : `row ${rowNumber}`
}
