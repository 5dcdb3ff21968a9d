import { queryOptions } from '@tanstack/react-query'
import { BUNDLED_DATASET_URL, DATASET_QUERY_KEY, shouldRetryDataset } from './dataset-query'
import { fetchDataset, fetchDatasetText } from './fetch-dataset'
import { importDataset, type ImportResult } from './formats/import-dataset'

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

/** One query per source; the key holds everything that identifies it. */
export function datasetSourceQueryOptions(source: DatasetSource) {
  const common = { staleTime: Infinity, retry: shouldRetryDataset } as const
  switch (source.kind) {
    case 'bundled':
      return queryOptions<LoadedDataset>({
        ...common,
        queryKey: [...DATASET_QUERY_KEY, 'bundled', BUNDLED_DATASET_URL],
        // The curated file is held to the strict standard: any problem is an error, not a warning.
        queryFn: async ({ signal }) => ({ dataset: await fetchDataset(BUNDLED_DATASET_URL, signal), problems: [], format: 'app' }),
      })
    case 'url':
      return queryOptions<LoadedDataset>({
        ...common,
        queryKey: [...DATASET_QUERY_KEY, 'url', source.url],
        queryFn: async ({ signal }) => importDataset(await fetchDatasetText(source.url, signal), fileNameOf(source.url)),
      })
    case 'file':
      return queryOptions<LoadedDataset>({
        ...common,
        queryKey: [...DATASET_QUERY_KEY, 'file', source.serial, source.file.name],
        queryFn: async () => importDataset(await source.file.text(), source.file.name),
        retry: false,
      })
  }
}
