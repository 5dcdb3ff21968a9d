import { EventDetailPanel } from '../features/event-detail/event-detail-panel'
import { EventList } from '../features/event-list/event-list'
import { FilterPanel } from '../features/filters/filter-panel'
import { TimelinePanel } from '../features/timeline/timeline-panel'
import { useSelectedId, useViewMode } from '../state/view-store'
import { IgnoredParamsNotice } from './ignored-params-notice'
import { PanelBoundary } from './panel-boundary'
import { useViewGuards } from './use-view-guards'
import { ViewToggle } from './view-toggle'
import { DatasetHeader } from './dataset-header'

/** Filters | timeline or list | detail: the explorer once the dataset is in. */
export function Workspace() {
  useViewGuards()
  const hasSelection = useSelectedId() !== null
  const view = useViewMode()
  return (
    <div className="flex flex-col gap-3">
      <IgnoredParamsNotice />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <DatasetHeader />
        <ViewToggle />
      </div>
      <div
        className={`grid items-start gap-4 lg:grid-cols-[17rem_minmax(0,1fr)] ${hasSelection ? 'xl:grid-cols-[17rem_minmax(0,1fr)_24rem]' : ''}`}
      >
        <PanelBoundary name="filter panel">
          <FilterPanel />
        </PanelBoundary>
        <PanelBoundary name={view === 'timeline' ? 'timeline' : 'event list'}>
          {view === 'timeline' ? <TimelinePanel /> : <EventList />}
        </PanelBoundary>
        <div className="lg:col-span-2 xl:col-span-1">
          <PanelBoundary name="event detail">
            <EventDetailPanel />
          </PanelBoundary>
        </div>
      </div>
    </div>
  )
}
