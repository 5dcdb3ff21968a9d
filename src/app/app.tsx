import { QueryClientProvider } from '@tanstack/react-query'
import { useState } from 'react'
import { EventDetailPanel } from '../features/event-detail/event-detail-panel'
import { TimelinePanel } from '../features/timeline/timeline-panel'
import { useSelectedId } from '../state/view-store'
import { DatasetBoundary } from './dataset-boundary'
import { DatasetHeader } from './dataset-header'
import { createQueryClient } from './query-client'

function Workspace() {
  const hasSelection = useSelectedId() !== null
  return (
    <div className={`grid gap-4 ${hasSelection ? 'lg:grid-cols-[minmax(0,1fr)_26rem]' : ''}`}>
      <TimelinePanel />
      <EventDetailPanel />
    </div>
  )
}

export function App() {
  const [queryClient] = useState(createQueryClient)
  return (
    <QueryClientProvider client={queryClient}>
      <div className="min-h-screen bg-slate-50 text-slate-900">
        <header className="border-b border-slate-200 bg-white px-6 py-3">
          <h1 className="text-xl font-bold tracking-tight">Coalition Timeline</h1>
        </header>
        <main className="flex flex-col gap-3 px-6 py-4">
          <DatasetBoundary>
            <DatasetHeader />
            <Workspace />
          </DatasetBoundary>
        </main>
      </div>
    </QueryClientProvider>
  )
}
