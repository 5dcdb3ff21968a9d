/**
 * CSV import: one row per event, the first row naming the columns (any order, case-insensitive).
 *
 *   id, title, summary, start, end, precision, date_note, category, countries, actors, location,
 *   source_title, source_publisher, source_url, source_date
 *
 * Required: title, start, category, countries, source_title, source_publisher, source_date.
 * Lists (countries, actors) are separated by `;`. Each actor name becomes an actor with the slug of the
 * name as id and role "—"; rows citing the same URL (or publisher and title) share one source, the first
 * row's details winning. Comma- or tab-separated. CSV_COLUMNS describes every column.
 *
 * Problems name the spreadsheet row (the header is row 1) and, when known, the column. Rows with a problem
 * are left out; every other row is kept.
 */
import Papa from 'papaparse'
import { DatasetError, type Problem } from '../problems'
import type { DatasetMeta } from '../schema'
import { CSV_COLUMN_NAMES, CSV_COLUMNS, type CsvRow } from './csv-columns'
import { rowLocation } from './csv-row'
import { CsvCollector } from './csv-collector'
import type { Imported } from './from-app-json'

export { CSV_COLUMNS } from './csv-columns'

const REQUIRED = CSV_COLUMNS.filter((c) => c.required).map((c) => c.name)

function readRows(text: string) {
  const body = text.replace(/^\uFEFF/, '')
  // Column names hold no commas or tabs, so the header line settles the separator: no guessing.
  const firstLine = body.slice(0, body.search(/\r|\n|$/))
  return Papa.parse<CsvRow>(body, {
    header: true,
    delimiter: firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',',
    // Blank lines are skipped below instead, so that data index + 2 stays the spreadsheet row number.
    skipEmptyLines: false,
    transformHeader: (name) => name.trim().toLowerCase().replace(/\s+/g, '_'),
  })
}

function checkHeader(fields: readonly string[]): Problem[] {
  const missing = REQUIRED.filter((name) => !fields.includes(name))
  if (missing.length) {
    throw new DatasetError(`The CSV has no ${missing.map((m) => `"${m}"`).join(', ')} column${missing.length > 1 ? 's' : ''}`, [
      { path: 'row 1', message: `Expected the columns ${CSV_COLUMN_NAMES.join(', ')}; found ${fields.join(', ') || 'none'}` },
    ])
  }
  const known = new Set<string>(CSV_COLUMN_NAMES)
  return fields.filter((f) => !known.has(f)).map((f) => ({ path: `column "${f}"`, message: 'Unknown column, ignored' }))
}

export function fromCsv(text: string, meta: DatasetMeta): Imported {
  const parsed = readRows(text)
  const problems = checkHeader(parsed.meta.fields ?? [])
  const tooMany = new Set(parsed.errors.filter((e) => e.code === 'TooManyFields').map((e) => e.row))
  const collector = new CsvCollector(parsed.data)
  parsed.data.forEach((row, index) => {
    const rowNumber = index + 2
    if (Object.values(row).every((v) => typeof v !== 'string' || v.trim() === '')) return
    if (tooMany.has(index)) {
      problems.push({ path: rowLocation(rowNumber, '$'), message: 'More cells than columns; is a comma missing its quotes?' })
      return
    }
    problems.push(...collector.add(row, rowNumber))
  })
  return { dataset: { meta, ...collector.result() }, problems }
}
