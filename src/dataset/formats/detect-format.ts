import { isRecord } from './zod-problems'

export type DatasetFormat = 'app' | 'csv' | 'timelinejs'

export function fileExtension(fileName: string | undefined): string {
  const match = /\.([a-z0-9]+)$/i.exec(fileName ?? '')
  return match?.[1]?.toLowerCase() ?? ''
}

/** TimelineJS slides have `start_date`; the app's own files have `meta`. */
export function sniffJson(value: unknown): 'app' | 'timelinejs' {
  if (!isRecord(value) || 'meta' in value || !Array.isArray(value.events)) return 'app'
  return value.events.some((slide) => isRecord(slide) && 'start_date' in slide) ? 'timelinejs' : 'app'
}

/**
 * `.csv`/`.tsv` are CSV whatever they hold. Otherwise text that starts like JSON (or a `.json` file) is
 * JSON, told apart by shape; unparseable JSON counts as the app format, whose loader reports the syntax
 * error. Anything else is tried as CSV.
 */
export function detectFormat(text: string, fileName?: string): DatasetFormat {
  const extension = fileExtension(fileName)
  if (extension === 'csv' || extension === 'tsv') return 'csv'
  const trimmed = text.replace(/^\uFEFF/, '').trimStart()
  if (extension !== 'json' && !/^[{[]/.test(trimmed)) return 'csv'
  try {
    return sniffJson(JSON.parse(trimmed))
  } catch {
    return 'app'
  }
}
