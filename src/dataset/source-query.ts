import { BUNDLED_DATASET_URL, DATASET_QUERY_KEY, shouldRetryDataset } from './dataset-query'
import { fetchDataset } from './fetch-dataset'
import type { ImportResult } from './formats/import-dataset'
import { importOffThread, type ImportProgress } from './formats/import-off-thread'

/** Where the dataset comes from: the curated file, a linked URL (`?data=`), or a file the reader opened. */
export type DatasetSource =
  | { kind: 'bundled' }
  | { kind: 'url'; url: string }
  | { kind: 'file'; file: File; serial: number }

export type LoadedDataset = ImportResult

function fileNameOf(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '') || undefined
  } catch {
    return undefined
  }
}

/** Everything that identifies a source, for its query key. */
export function sourceKey(source: DatasetSource): readonly unknown[] {
  switch (source.kind) {
    case 'bundled':
      return [...DATASET_QUERY_KEY, 'bundled', BUNDLED_DATASET_URL]
    case 'url':
      return [...DATASET_QUERY_KEY, 'url', source.url]
    case 'file':
      return [...DATASET_QUERY_KEY, 'file', source.serial, source.file.name]
  }
}

/** A file the reader picked fails the same way again; a network may not. */
export const retryFor = (source: DatasetSource) => (source.kind === 'file' ? false : shouldRetryDataset)

/** Reads a source: fetched or read, then parsed and validated, in whatever format it is. */
export type LoadOptions = { signal?: AbortSignal; pageOrigin?: string; onProgress?: ImportProgress }

export async function loadDatasetSource(source: DatasetSource, { signal, pageOrigin, onProgress }: LoadOptions = {}): Promise<LoadedDataset> {
  switch (source.kind) {
    case 'bundled':
      // The curated file is held to the strict standard: any problem is an error, not a warning.
      return { dataset: await fetchDataset(BUNDLED_DATASET_URL, signal), problems: [], format: 'app' }
    case 'url':
      return importOffThread({ url: source.url, pageOrigin }, fileNameOf(source.url), signal, onProgress)
    case 'file':
      return importOffThread(source.file, source.file.name, signal, onProgress)
  }
}
