// First, so the page never flashes the wrong theme.
import './app/theme-boot'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { createQueryClient } from './app/query-client'
import { datasetQueryOptions } from './state/dataset-query'
import { useAppStore } from './state/store/app-store'
import { startUrlSync } from './state/url-sync'
import './index.css'
import { markPhase } from './dataset/phase-marks'

markPhase('modules evaluated')
const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
// Before the first render, so the first paint already shows the linked view.
startUrlSync()
const queryClient = createQueryClient()
// Before the first render: the dataset downloads and is checked while React draws the page round it,
// instead of after that first commit.
void queryClient.prefetchQuery(datasetQueryOptions(useAppStore.getState().source))
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
)
