/**
 * CSV import: one row per event, the first row naming the columns (any order, case-insensitive).
 *
 *   id, title, summary, start, end, precision, date_note, category, countries, actors, location,
 *   source_title, source_publisher, source_url, source_date
 *
 * Required: title, start, category, countries, source_title, source_publisher, source_date.
 * Lists (countries, actors) are separated by `;`, an item holding `;` or `"` quoted (csv-text.ts). Each
 * actor name becomes an actor with the slug of the name as id and role "—"; rows citing the same URL (or
 * publisher and title) share one source, the first row's details winning. Separated by commas, `;`, `|`
 * or tabs, as the header line shows or an Excel `sep=` first line says; rows may end in `\r\n`, `\n` or
 * `\r`, mixed. CSV_COLUMNS describes every column.
 *
 * Problems name the spreadsheet row (the header is row 1) and, when known, the column. Rows with a problem
 * are left out; every other row is kept.
 */
import Papa from 'papaparse'
import { clipText, DatasetError, type Problem } from '../problems'
import { FORMAT_VERSION, type DatasetMeta } from '../schema'
import { CSV_COLUMN_NAMES, CSV_COLUMNS, type CsvRow } from './csv-columns'
import { rowLocation } from './csv-row'
import { CsvCollector } from './csv-collector'
import { headerColumnCount, headerSeparator, normaliseLineEndings, readSepLine } from './csv-text'
import type { Imported } from './from-app-json'

export { CSV_COLUMNS } from './csv-columns'

export const SEPARATOR_NAMES = new Map([[',', 'comma'], [';', 'semicolon'], ['\t', 'tab'], ['|', 'bar']])
/**
 * A header of a million separators would make a million columns. Event tables have tens of columns
 * (ACLED's export has 31).
 */
export const MAX_COLUMNS = 1000

const REQUIRED = CSV_COLUMNS.filter((c) => c.required).map((c) => c.name)

/**
 * A CSV's cells, row by row, as papaparse read them, with the header's column names. Rows stay arrays:
 * 31-key objects per row cost an ACLED import of 10,000 rows twice the parse time and most of its
 * garbage collection.
 */
export type CsvTable = {
  /** Every column's normalised name; a repeated one is named ` repeated <n>`, which no lookup asks for. */
  columns: readonly string[]
  /** The names of the columns that are read: every column but repeats. */
  fields: readonly string[]
  /** The data rows (the header is row 1, so rows[i] is spreadsheet row i + 2). */
  rows: readonly (readonly string[])[]
  delimiter: string
  repeatedColumns: Problem[]
}

/** Where each named column is; the first one of a name, as repeats are renamed. */
export function columnIndex<Column extends string>(table: CsvTable): ReadonlyMap<Column, number> {
  return new Map(table.columns.map((name, index) => [name as Column, index]))
}

/** A row with more cells than the header has columns: a separator inside a cell that is not quoted. */
export const hasExtraCells = (table: CsvTable, row: readonly string[]) => row.length > table.columns.length

/** Nothing but spaces in the header's columns (cells past them are not looked at). */
export function isBlankRow(table: CsvTable, row: readonly string[]): boolean {
  return row.every((cell, column) => column >= table.columns.length || cell.trim() === '')
}

/**
 * The rows, after the BOM and Excel's `sep=` line. The header is row 1 even below a `sep=` line, as in
 * Excel, which honours that line and does not show it: problems name the row the spreadsheet shows.
 */
export function readRows(text: string): CsvTable {
  let body = text
  const sepLine = readSepLine(body)
  if (sepLine && !sepLine.separator) {
    throw new DatasetError(`The CSV names a separator this app does not read: "${clipText(sepLine.named, 20)}"`, [
      { path: 'row 1', message: 'The first line "sep=…" must name one of , ; | or a tab' },
    ])
  }
  if (sepLine) body = sepLine.rest
  // Column names hold no separator, so without a sep= line the header line settles it: no guessing.
  const delimiter = sepLine?.separator ?? headerSeparator(body.slice(0, body.search(/\r|\n|$/)))
  const columnCount = headerColumnCount(body, delimiter, MAX_COLUMNS)
  if (columnCount > MAX_COLUMNS) {
    throw new DatasetError(`The CSV has more than ${MAX_COLUMNS.toLocaleString('en')} columns, more than any event table`, [
      { path: 'row 1', message: `This app reads at most ${MAX_COLUMNS.toLocaleString('en')} columns; is the separator right?` },
    ])
  }
  const parsed = Papa.parse<string[]>(normaliseLineEndings(body, delimiter), {
    delimiter,
    // Every row ending is "\n" now, whatever mix the file had.
    newline: '\n',
    // Blank lines are skipped by the importers instead, so that data index + 2 stays the spreadsheet row number.
    skipEmptyLines: false,
  })
  const [header = [], ...rows] = parsed.data
  const firstColumn = new Map<string, number>()
  const repeatedColumns: Problem[] = []
  const columns = header.map((raw, column) => {
    const name = raw.trim().toLowerCase().replace(/\s+/g, '_')
    const first = firstColumn.get(name)
    if (first === undefined) {
      firstColumn.set(name, column)
      return name
    }
    repeatedColumns.push({ path: `column ${column + 1}`, message: `A second "${clipText(name, 60)}" column; ignored, since column ${first + 1} is read` })
    // No normalised name holds a space, so this one is no column's.
    return ` repeated ${column}`
  })
  return { columns, fields: columns.filter((name) => !name.startsWith(' ')), rows, delimiter, repeatedColumns }
}

/** A row as a record of the columns the CSV importer knows. */
function csvRecord(row: readonly string[], known: readonly [name: keyof CsvRow, index: number][]): CsvRow {
  const record: CsvRow = {}
  for (const [name, index] of known) if (index < row.length) record[name] = row[index]
  return record
}

function checkHeader(fields: readonly string[]): Problem[] {
  const missing = REQUIRED.filter((name) => !fields.includes(name))
  if (missing.length) {
    throw new DatasetError(`The CSV has no ${missing.map((m) => `"${m}"`).join(', ')} column${missing.length > 1 ? 's' : ''}`, [
      // The header is the file's text, of any length: clipped to a problem's size.
      { path: 'row 1', message: clipText(`Expected the columns ${CSV_COLUMN_NAMES.join(', ')}; found ${fields.join(', ') || 'none'}`) },
    ])
  }
  const known = new Set<string>(CSV_COLUMN_NAMES)
  return fields.filter((f) => !known.has(f)).map((f) => ({ path: `column "${clipText(f, 60)}"`, message: 'Unknown column, ignored' }))
}

/** Rows between two progress reports: often enough to move a bar, rarely enough to cost nothing. */
export const PROGRESS_ROWS = 5000

export function fromCsv(text: string, meta: DatasetMeta, onRows?: (done: number, total: number) => void): Imported {
  const table = readRows(text)
  const problems = [...checkHeader(table.fields), ...table.repeatedColumns]
  const separatorName = SEPARATOR_NAMES.get(table.delimiter) ?? 'separator'
  const at = columnIndex<keyof CsvRow>(table)
  const known = CSV_COLUMN_NAMES.flatMap((name) => {
    const index = at.get(name)
    return index === undefined ? [] : [[name, index] as [keyof CsvRow, number]]
  })
  const records = table.rows.map((row) => csvRecord(row, known))
  const collector = new CsvCollector(records)
  records.forEach((record, index) => {
    const row = table.rows[index] ?? []
    if (onRows && index % PROGRESS_ROWS === 0) onRows(index, table.rows.length)
    const rowNumber = index + 2
    if (isBlankRow(table, row)) return
    if (hasExtraCells(table, row)) {
      problems.push({ path: rowLocation(rowNumber, '$'), message: `More cells than columns; is a ${separatorName} missing its quotes?` })
      return
    }
    problems.push(...collector.add(record, rowNumber))
  })
  return { dataset: { formatVersion: FORMAT_VERSION, meta, eras: [], ...collector.result() }, problems }
}
