import { useSuspenseQuery } from '@tanstack/react-query'
import { datasetQueryOptions } from '../dataset/dataset-query'
import { indexDataset, type DatasetIndex } from '../domain/dataset-index'

/**
 * The loaded dataset with its lookups; suspends while loading and throws to the nearest error
 * boundary on failure. `select` with a stable function memoises the index per fetched dataset.
 */
export function useDatasetIndex(): DatasetIndex {
  return useSuspenseQuery({ ...datasetQueryOptions(), select: indexDataset }).data
}
