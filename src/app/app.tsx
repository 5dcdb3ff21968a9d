import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { SEARCH_INPUT_ID } from '../features/filters/search-box'
import { DropOverlay } from '../features/data-source/drop-overlay'
import { OpenAttemptNotice } from '../features/data-source/open-attempt-notice'
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
import { SKIP_TARGETS, SkipLink } from '../ui/skip-link'
import { DatasetTitle } from './dataset-title'

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
        <SkipLink to="main">Skip to main content</SkipLink>
        {/* Past the filters too: they can hold a hundred checkboxes. */}
        <SkipLink to="events">Skip to the events</SkipLink>
        <header className="flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-3 sm:px-6 print:hidden dark:border-slate-700 dark:bg-slate-900">
          <DatasetTitle className="text-xl font-bold tracking-tight" />
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
        <main id={SKIP_TARGETS.main} tabIndex={-1} className="px-4 py-4 sm:px-6 print:p-0">
          <div className="mb-3 empty:hidden print:hidden">
            <OpenAttemptNotice />
          </div>
          <DatasetBoundary>
            <Workspace />
          </DatasetBoundary>
        </main>
      </div>
    </QueryClientProvider>
  )
}
