import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, type RenderResult } from '@testing-library/react'
import { Suspense, type ReactElement } from 'react'
import { buildDatasetIndex } from '../domain/dataset-index'
import { datasetQueryOptions } from '../state/dataset-query'
import { validateDataset } from '../dataset/validate'
import type { Dataset } from '../dataset/schema'
import { resetAppStore } from '../state/store/app-store'
import { sampleDataset } from './sample-dataset'

export function validSample(): Dataset {
  const result = validateDataset(sampleDataset())
  if (!result.ok) throw new Error(`sample dataset invalid: ${JSON.stringify(result.problems)}`)
  return result.data
}

/** Renders with the dataset already in the query cache, and the view store reset to defaults. */
export function renderWithDataset(ui: ReactElement, dataset: Dataset = validSample()): RenderResult {
  resetAppStore()
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  client.setQueryData(datasetQueryOptions({ kind: 'bundled' }).queryKey, { dataset, problems: [], format: 'app', index: buildDatasetIndex(dataset) })
  return render(
    <QueryClientProvider client={client}>
      <Suspense fallback="loading">{ui}</Suspense>
    </QueryClientProvider>,
  )
}
