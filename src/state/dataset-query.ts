import { queryOptions } from '@tanstack/react-query'
import type { ImportProgress } from '../dataset/formats/import-off-thread'
import { markPhase } from '../dataset/phase-marks'
import { loadDatasetSource, retryFor, sourceKey, type DatasetSource, type LoadedDataset } from '../dataset/source-query'
import { buildDatasetIndexInSteps, type DatasetIndex } from '../domain/dataset-index'
import { useAppStore } from './store/app-store'
import { pageOrigin } from './url-sync'

export type ShownDataset = LoadedDataset & { index: DatasetIndex }

/**
 * A turn for the page between steps of a long load: paint, input, a click on Stop. A message, not a
 * timer: timers are clamped once nested, and a test's fake clock would hold them.
 */
function pause(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * The one query per source. It loads the dataset and builds its index (sorting, lookups, bitsets)
 * in the same step, so TanStack's cache holds the index too and nothing else caches it. It lives in
 * state because the index is domain code, which the dataset layer sits below.
 */
export function datasetQueryOptions(source: DatasetSource) {
  return queryOptions<ShownDataset>({
    queryKey: sourceKey(source),
    queryFn: async ({ signal }) => {
      const onProgress: ImportProgress = (progress) => useAppStore.getState().actions.setOpenProgress(progress)
      const loaded = await loadDatasetSource(source, { signal, pageOrigin: pageOrigin(), onProgress })
      const index = await buildDatasetIndexInSteps(loaded.dataset, pause)
      markPhase('index built')
      return { ...loaded, index }
    },
    staleTime: Infinity,
    // A loaded dataset is never patched: comparing 100,000 events with the last answer took 600 ms.
    structuralSharing: false,
    retry: retryFor(source),
  })
}
