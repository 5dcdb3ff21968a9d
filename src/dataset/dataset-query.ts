import { queryOptions } from '@tanstack/react-query'
import bundledDatasetUrl from '../../data/coalition-of-the-willing.json?url'
import { fetchDataset } from './fetch-dataset'
import { DatasetError } from './problems'

export const BUNDLED_DATASET_URL: string = bundledDatasetUrl

export function datasetQueryOptions(url: string = BUNDLED_DATASET_URL) {
  return queryOptions({
    queryKey: ['dataset', url],
    queryFn: ({ signal }) => fetchDataset(url, signal),
    // A dataset file does not change while the page is open.
    staleTime: Infinity,
    // A dataset that failed validation will fail again; a network blip may not.
    retry: (failures, error) => failures < 2 && !(error instanceof DatasetError && error.problems.length > 0),
  })
}
