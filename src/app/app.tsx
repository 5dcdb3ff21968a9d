import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { SEARCH_INPUT_ID } from '../features/filters/search-box'
import { CopyLinkButton } from './copy-link-button'
import { isEmbedded } from '../state/url-sync'
import { DatasetBoundary } from './dataset-boundary'
import { EmbeddedApp } from './embedded-app'
import { createQueryClient } from './query-client'
import { useGlobalKeys } from './use-global-keys'
import { Workspace } from './workspace'

export function App() {
  const [queryClient] = useState(createQueryClient)
  useGlobalKeys(SEARCH_INPUT_ID)
  if (isEmbedded()) {
    return (
      <QueryClientProvider client={queryClient}>
        <EmbeddedApp />
      </QueryClientProvider>
    )
  }
  return (
    <QueryClientProvider client={queryClient}>
      <div className="min-h-screen bg-slate-50 text-slate-900">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:outline-2 focus:outline-blue-700"
        >
          Skip to the timeline
        </a>
        <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-white px-6 py-3">
          <h1 className="text-xl font-bold tracking-tight">Coalition Timeline</h1>
          <CopyLinkButton />
        </header>
        <main id="main" className="px-6 py-4">
          <DatasetBoundary>
            <Workspace />
          </DatasetBoundary>
        </main>
      </div>
    </QueryClientProvider>
  )
}
