import type { DatasetMeta, Source } from '../schema'
import type { DatasetFormat } from './detect-format'
import { APP_NAME } from '../app-name'

const LABELS: Record<DatasetFormat, string> = { app: `a ${APP_NAME} dataset`, csv: 'CSV', acled: 'an ACLED CSV export', timelinejs: 'TimelineJS JSON' }

/** "my_events-2025.csv" -> "my events 2025". */
export function titleFromFileName(fileName: string | undefined): string {
  const base = (fileName ?? '').split(/[\\/]/).pop() ?? ''
  return base.replace(/\.[a-z0-9]+$/i, '').replace(/[-_\s]+/g, ' ').trim().slice(0, 200)
}

/** Meta for formats that have none, and the fallback for a broken app `meta`. */
export function importedMeta(format: DatasetFormat, fileName: string | undefined, today: string, title?: string): DatasetMeta {
  return {
    title: (title || titleFromFileName(fileName) || 'Imported timeline').slice(0, 200),
    description: `Imported from ${fileName ? `"${fileName.slice(0, 200)}"` : 'a file'} (${LABELS[format]}) on ${today}.`,
    version: '1.0.0',
    updated: today,
    licence: 'Not stated in the imported file.',
    method: `Converted from ${LABELS[format]} by ${APP_NAME}; check each event against its source.`,
  }
}

/** What TimelineJS events without a credited source cite: the file they came from. */
export function timelineFileSource(fileName: string | undefined, headline: string, today: string): Source {
  return {
    id: 'timelinejs-file',
    publisher: 'Imported TimelineJS file',
    title: (headline || fileName || 'Untitled timeline').slice(0, 500),
    date: today,
    note: 'These events named no source (no media credit) in the imported TimelineJS file.',
  }
}

/** Today as YYYY-MM-DD in the reader's time zone. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}
