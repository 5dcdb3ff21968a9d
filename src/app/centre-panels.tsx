import { EventList } from '../features/event-list/event-list'
import { MapPanel } from '../features/map/map-panel'
import { useHasPlaces } from '../features/map/use-has-places'
import { TimelinePanel } from '../features/timeline/timeline-panel'
import type { ViewMode } from '../state/view-state'
import { PanelBoundary } from './panel-boundary'

type Props = { view: ViewMode; wide: boolean }

const NAMES: Record<ViewMode, string> = { timeline: 'timeline', list: 'event list', map: 'map' }

/**
 * The middle column: the timeline, the list or the map, and on wide screens the map beside the
 * timeline or list: side by side when the column has 72rem, else below. The timeline keeps its
 * width below that: at 100,000 events its pans slow down sharply when it is narrow (p95 17 ms at
 * 940 px, over 2 s at 760 px, measured on the app before the map). The first slot keeps its
 * place in the tree, so the timeline is never remounted when the map comes or goes.
 */
export function CentrePanels({ view, wide }: Props) {
  const hasPlaces = useHasPlaces()
  const shown: ViewMode = view === 'map' && !hasPlaces ? 'timeline' : view
  const mapBeside = wide && hasPlaces && shown !== 'map'
  return (
    <div className="@container min-w-0">
      <div className={`grid min-w-0 items-start gap-4 ${mapBeside ? '@min-[72rem]:grid-cols-2' : ''}`}>
        <PanelBoundary name={NAMES[shown]}>
          {shown === 'timeline' ? <TimelinePanel /> : shown === 'list' ? <EventList /> : <MapPanel />}
        </PanelBoundary>
        {mapBeside && (
          <PanelBoundary name="map">
            <MapPanel />
          </PanelBoundary>
        )}
      </div>
    </div>
  )
}
