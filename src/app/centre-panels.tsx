import { EventList } from '../features/event-list/event-list'
import { MapPanel } from '../features/map/map-panel'
import { useHasPlaces } from '../features/map/use-has-places'
import { TimelinePanel } from '../features/timeline/timeline-panel'
import type { ViewMode } from '../state/view-state'
import { PanelBoundary } from './panel-boundary'
import { MAP_BESIDE, useMediaQuery } from './use-media-query'

type Props = { view: ViewMode }

const NAMES: Record<ViewMode, string> = { timeline: 'timeline', list: 'event list', map: 'map' }

/**
 * The middle column: the timeline, the list or the map, and on the widest screens the map beside
 * the timeline or list (see MAP_BESIDE). The timeline keeps the whole column below that: at 100,000
 * events its pans slow down sharply when it is narrow (p95 17 ms at 940 px, over 2 s at 760 px,
 * measured on the app before the map), and on a desktop it fills the screen's height. The first
 * slot keeps its place in the tree, so the timeline is never remounted when the map comes or goes.
 */
export function CentrePanels({ view }: Props) {
  const hasPlaces = useHasPlaces()
  const roomForMap = useMediaQuery(MAP_BESIDE)
  const shown: ViewMode = view === 'map' && !hasPlaces ? 'timeline' : view
  const mapBeside = roomForMap && hasPlaces && shown !== 'map'
  return (
    // On a desktop screen the column takes the screen's height and scrolls itself.
    <div className="min-w-0 desk:flex desk:min-h-0 desk:flex-col desk:overflow-y-auto">
      <div className={`grid min-w-0 items-start gap-4 desk:min-h-0 desk:flex-1 desk:grid-rows-[minmax(0,1fr)] desk:items-stretch ${mapBeside ? 'grid-cols-2' : ''}`}>
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
