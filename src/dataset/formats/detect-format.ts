import { isAcledHeader } from './acled-columns'
import { readSepLine } from './csv-text'
import { isRecord } from './zod-problems'

export type DatasetFormat = 'app' | 'csv' | 'acled' | 'timelinejs'

export function fileExtension(fileName: string | undefined): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName ?? '')
  return match?.[1]?.toLowerCase() ?? ''
}

/** TimelineJS slides have `start_date`; the app's own files have `meta`. */
export function sniffJson(value: unknown): 'app' | 'timelinejs' {
  if (!isRecord(value) || 'meta' in value || !Array.isArray(value.events)) return 'app'
  return value.events.some((slide) => isRecord(slide) && 'start_date' in slide) ? 'timelinejs' : 'app'
}

/** ACLED exports are CSV told apart by their header (after an Excel `sep=` line, if any). */
function sniffCsv(text: string): 'csv' | 'acled' {
  const body = readSepLine(text)?.rest ?? text
  const header = body.slice(0, Math.min(body.length, 10_000)).split(/\r|\n/, 1)[0] ?? ''
  return isAcledHeader(header) ? 'acled' : 'csv'
}

/**
 * Content first, then the name: a JSON file saved as `.csv` is still JSON, and a CSV saved as `.json` is
 * still CSV. Text that starts like JSON and parses is told apart by shape. Text that starts like JSON but
 * does not parse is the app format (whose loader names the syntax error), unless the name says CSV.
 * Empty text is the app format too, whose loader says the file is empty.
 */
export function detectFormat(text: string, fileName?: string): DatasetFormat {
  const extension = fileExtension(fileName)
  const trimmed = text.trimStart()
  if (trimmed === '') return 'app'
  if (!/^[{[]/.test(trimmed)) return sniffCsv(text)
  try {
    return sniffJson(JSON.parse(trimmed))
  } catch {
    return extension === 'csv' || extension === 'tsv' ? 'csv' : 'app'
  }
}
