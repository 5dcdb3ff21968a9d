import { queryOptions } from '@tanstack/react-query'
import { loadDatasetSource, retryFor, sourceKey, type DatasetSource, type LoadedDataset } from '../dataset/source-query'
import { buildDatasetIndex, type DatasetIndex } from '../domain/dataset-index'
import { pageOrigin } from './url-sync'

export type ShownDataset = LoadedDataset & { index: DatasetIndex }

/**
 * The one query per source. It loads the dataset and builds its index (sorting, lookups, bitsets)
 * in the same step, so TanStack's cache holds the index too and nothing else caches it. It lives in
 * state because the index is domain code, which the dataset layer sits below.
 */
export function datasetQueryOptions(source: DatasetSource) {
  return queryOptions<ShownDataset>({
    queryKey: sourceKey(source),
    queryFn: async ({ signal }) => {
      const loaded = await loadDatasetSource(source, signal, pageOrigin())
      return { ...loaded, index: buildDatasetIndex(loaded.dataset) }
    },
    staleTime: Infinity,
    retry: retryFor(source),
  })
}
