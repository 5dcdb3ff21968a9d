import { DatasetError, shownProblem, type Problem } from '../problems'
import type { Dataset } from '../schema'
import { parseJson, withoutBom } from '../validate'
import { detectFormat, fileExtension, type DatasetFormat } from './detect-format'
import { fromAppJson, type Imported } from './from-app-json'
import { fromAcled } from './from-acled'
import { fromCsv } from './from-csv'
import { fromTimelineJs, timelineTitle } from './from-timelinejs'
import { importedMeta, localIsoDate, timelineFileSource } from './import-meta'
import { isRecord } from './zod-problems'

export type ImportResult = { dataset: Dataset; problems: Problem[]; format: DatasetFormat }
export type ImportOptions = {
  /** YYYY-MM-DD, for `meta.updated` of formats without one; defaults to today. */
  today?: string
  /** Called as rows are checked, for files that are read row by row (CSV, ACLED). */
  onRows?: (done: number, total: number) => void
}

function convert(format: DatasetFormat, text: string, fileName: string | undefined, today: string, onRows: ImportOptions['onRows']): Imported {
  if (format === 'csv') {
    try {
      return fromCsv(text, importedMeta('csv', fileName, today), onRows)
    } catch (error) {
      // Only a .csv name makes it certainly a CSV; otherwise say we could not tell what it is.
      if (!(error instanceof DatasetError) || fileExtension(fileName) === 'csv') throw error
      throw new DatasetError('This file is neither a dataset (JSON) nor a CSV with the expected columns', error.problems)
    }
  }
  if (format === 'acled') return fromAcled(text, importedMeta('acled', fileName, today), onRows)
  const raw = parseJson(text)
  if (format === 'app') return fromAppJson(raw, importedMeta('app', fileName, today))
  const title = isRecord(raw) ? timelineTitle(raw) : { headline: '', text: '' }
  const meta = importedMeta('timelinejs', fileName, today, title.headline)
  if (title.text) meta.description = `${title.text.slice(0, 1800)}\n\n${meta.description}`
  return fromTimelineJs(raw, meta, timelineFileSource(fileName, title.headline, today))
}

/**
 * Opens a dataset in any supported format, keeping every valid event and listing the problems of the rest.
 * Throws a DatasetError only when nothing usable remains.
 */
export function importDataset(file: string, fileName?: string, options: ImportOptions = {}): ImportResult {
  const text = withoutBom(file)
  const format = detectFormat(text, fileName)
  const { dataset, problems } = convert(format, text, fileName, options.today ?? localIsoDate(new Date()), options.onRows)
  if (dataset.events.length === 0) {
    if (problems.length) throw new DatasetError(`Nothing to show: every event has a problem (${problems.length} found)`, problems)
    // Still a problem to list, so the reader is told where the events were expected.
    const empty = format === 'csv' || format === 'acled' ? { path: 'row 2', message: 'No rows of events below the header' } : { path: '$.events', message: 'The list of events is empty' }
    throw new DatasetError('Nothing to show: it has no events', [empty])
  }
  // Each part was validated on its own as it was read, so the whole is valid: the fuzz test holds every
  // importer to that. Checking it again here cost a quarter of each import (200 ms at 10,000 ACLED rows).
  return { dataset, problems: problems.map(shownProblem), format }
}
