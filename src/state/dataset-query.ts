import { queryOptions } from '@tanstack/react-query'
import type { ImportProgress } from '../dataset/formats/import-off-thread'
import { markPhase } from '../dataset/phase-marks'
import { loadDatasetSource, retryFor, sourceKey, type DatasetSource, type LoadedDataset } from '../dataset/source-query'
import { buildDatasetIndexInSteps, type DatasetIndex } from '../domain/dataset-index'
import { afterPaint, pageTurn } from '../dataset/page-turns'
import { useAppStore } from './store/app-store'
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
      const onProgress: ImportProgress = (progress) => useAppStore.getState().actions.setOpenProgress(progress)
      // A link is read by a worker that takes a core from its first moment (download, decoding, parsing):
      // on two cores, the page's first layout then took 140-250 ms; it is painted first.
      if (source.kind === 'url') await afterPaint()
      const loaded = await loadDatasetSource(source, { signal, pageOrigin: pageOrigin(), onProgress })
      const index = await buildDatasetIndexInSteps(loaded.dataset, pageTurn)
      markPhase('index built')
      return { ...loaded, index }
    },
    staleTime: Infinity,
    // A loaded dataset is never patched: comparing 100,000 events with the last answer took 600 ms.
    structuralSharing: false,
    retry: retryFor(source),
  })
}
