import { useSuspenseQuery } from '@tanstack/react-query'
import type { Problem } from '../dataset/problems'
import { datasetSourceQueryOptions, type LoadedDataset } from '../dataset/source-query'
import { indexDataset, type DatasetIndex } from '../domain/dataset-index'
import { useDatasetSource } from './store/hooks'

const indexLoaded = (loaded: LoadedDataset): DatasetIndex => indexDataset(loaded.dataset)
const problemsOf = (loaded: LoadedDataset): Problem[] => loaded.problems

/**
 * The loaded dataset with its lookups; suspends while loading and throws to the nearest error
 * boundary on failure. `select` with a stable function memoises the index per fetched dataset.
 */
export function useDatasetIndex(): DatasetIndex {
  return useSuspenseQuery({ ...datasetSourceQueryOptions(useDatasetSource()), select: indexLoaded }).data
}

/** What could not be read from an opened file: shown beside the events that could. */
export function useImportProblems(): Problem[] {
  return useSuspenseQuery({ ...datasetSourceQueryOptions(useDatasetSource()), select: problemsOf }).data
}
