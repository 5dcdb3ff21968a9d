import { QueryClientProvider } from '@tanstack/react-query'
import { useLayoutEffect, useState } from 'react'
import { markPhase } from '../dataset/phase-marks'
import { SEARCH_INPUT_ID } from '../features/filters/search-box'
import { DropOverlay } from '../features/data-source/drop-overlay'
import { OpenAttemptNotice } from '../features/data-source/open-attempt-notice'
import { isEmbedded } from '../state/url-sync'
import { DatasetBoundary } from './dataset-boundary'
import { HeaderActions } from './header-actions'
import { EmbeddedApp } from './embedded-app'
import { createQueryClient } from './query-client'
import { useGlobalKeys } from './use-global-keys'
import { Workspace } from './workspace'
import { SKIP_TARGETS, SkipLink } from '../ui/skip-link'
import { DatasetTitle } from './dataset-title'

export function App() {
  const [queryClient] = useState(createQueryClient)
  useGlobalKeys(SEARCH_INPUT_ID)
  useLayoutEffect(() => markPhase('first commit'), [])
  if (isEmbedded()) {
    return (
      <QueryClientProvider client={queryClient}>
        <EmbeddedApp />
      </QueryClientProvider>
    )
  }
  return (
    <QueryClientProvider client={queryClient}>
      {/* On a desktop screen the page is one screen tall: the panels scroll, not the page. */}
      <div className="flex min-h-screen flex-col desk:h-dvh desk:min-h-0 desk:overflow-hidden print:block print:h-auto print:overflow-visible">
        <DropOverlay />
        <SkipLink to="main">Skip to main content</SkipLink>
        {/* Past the filters too: they can hold a hundred checkboxes. */}
        <SkipLink to="events">Skip to the events</SkipLink>
        <header className="flex shrink-0 items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 py-2 sm:px-6 print:hidden dark:border-slate-700 dark:bg-slate-900">
          <DatasetTitle className="min-w-0 text-lg font-bold tracking-tight sm:text-xl" />
          <HeaderActions />
        </header>
        {/* tabIndex -1: the skip link moves focus here, not only the scroll position. */}
        <main id={SKIP_TARGETS.main} tabIndex={-1} className="flex min-h-0 flex-1 flex-col px-4 py-3 sm:px-6 print:block print:p-0">
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
