import bundledDatasetUrl from '../../data/coalition-of-the-willing.json?url'
import { DatasetError } from './problems'

export const BUNDLED_DATASET_URL: string = bundledDatasetUrl

/** Prefix of every dataset query's key: lets the loading screen cancel or restart them. */
export const DATASET_QUERY_KEY = ['dataset'] as const

/** Only failures that may not recur are retried by themselves: a broken file will fail again. */
export function shouldRetryDataset(failures: number, error: unknown): boolean {
  return failures < 2 && (!(error instanceof DatasetError) || error.transient)
}
