import { useQuery, useSuspenseQuery } from '@tanstack/react-query'
import type { Problem } from '../dataset/problems'
import type { DatasetIndex } from '../domain/dataset-index'
import { datasetQueryOptions, type ShownDataset } from './dataset-query'
import { useDatasetSource } from './store/hooks'

const indexOf = (shown: ShownDataset): DatasetIndex => shown.index
const problemsOf = (shown: ShownDataset): Problem[] => shown.problems

/** The shown dataset with its index; suspends while loading and throws to the nearest error boundary on failure. */
export function useDatasetIndex(): DatasetIndex {
  return useSuspenseQuery({ ...datasetQueryOptions(useDatasetSource()), select: indexOf }).data
}

/** What could not be read from an opened file: shown beside the events that could. */
export function useImportProblems(): Problem[] {
  return useSuspenseQuery({ ...datasetQueryOptions(useDatasetSource()), select: problemsOf }).data
}

const titleOf = (shown: ShownDataset): string => shown.index.dataset.meta.title

/** The open dataset's title, or null while it loads or when it failed: never suspends, so the page header can use it. */
export function useDatasetTitle(): string | null {
  return useQuery({ ...datasetQueryOptions(useDatasetSource()), select: titleOf }).data ?? null
}
