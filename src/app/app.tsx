import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { SEARCH_INPUT_ID } from '../features/filters/search-box'
import { DropOverlay } from '../features/data-source/drop-overlay'
import { OpenDataPanel } from '../features/data-source/open-data-panel'
import { ExportPanel } from '../features/export/export-panel'
import { CopyLinkButton } from './copy-link-button'
import { ToolDialog } from './tool-dialog'
import { isEmbedded } from '../state/url-sync'
import { ThemePicker } from './theme-picker'
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
      <div className="min-h-screen">
        <DropOverlay />
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white dark:focus:bg-slate-900 focus:px-3 focus:py-2 focus:outline-2 focus:outline-blue-700 dark:focus:outline-blue-400"
        >
          Skip to main content
        </a>
        <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-3 sm:px-6 print:hidden dark:border-slate-700 dark:bg-slate-900">
          <h1 className="text-xl font-bold tracking-tight">Coalition Timeline</h1>
          <div className="flex flex-wrap items-center gap-3">
            <ToolDialog label="Open data" title="Open data">
              {(close) => <OpenDataPanel onOpened={close} />}
            </ToolDialog>
            <ToolDialog label="Export & cite" title="Export and cite this view">
              {() => (
                <DatasetBoundary>
                  <ExportPanel />
                </DatasetBoundary>
              )}
            </ToolDialog>
            <ThemePicker />
            <CopyLinkButton />
          </div>
        </header>
        {/* tabIndex -1: the skip link moves focus here, not only the scroll position. */}
        <main id="main" tabIndex={-1} className="px-4 py-4 sm:px-6 print:p-0">
          <DatasetBoundary>
            <Workspace />
          </DatasetBoundary>
        </main>
      </div>
    </QueryClientProvider>
  )
}
