import { useMemo, type KeyboardEvent } from 'react'
import { useDatasetIndex } from '../../state/use-dataset'
import { useFilteredBits, useFilteredEvents } from '../../state/use-filtered-events'
import { useActions, useLanes, useSelectedId, useStoryId, useTimeWindow } from '../../state/store/hooks'
import { EraList } from './era-list'
import { buildLaneModel, type LaneModel } from './lanes'
import { LanePicker } from './lane-picker'
import { stepSelection } from './step-selection'
import { timelineCommand } from './timeline-keys'
import { useVisTimeline } from './use-vis-timeline'
import { ZoomControls } from './zoom-controls'
import { OverviewStrip } from './overview/overview-strip'
import { SKIP_TARGETS } from '../../ui/skip-link'
import './timeline.css'

/**
 * The timeline itself: vis-timeline and everything that needs it, loaded after first paint. The lanes
 * are worked out here and the items in the component below: React yields between two components, so
 * at 305,000 events the workspace's render is two tasks, not one of up to 136 ms.
 */
export default function TimelineView() {
  const { actorsById, categories, filterIndex } = useDatasetIndex()
  const bits = useFilteredBits()
  const lanes = useLanes()
  const model = useMemo(() => buildLaneModel(filterIndex, bits, lanes, { actorsById, categories }), [filterIndex, bits, lanes, actorsById, categories])
  return <TimelineLanes model={model} />
}

function TimelineLanes({ model }: { model: LaneModel }) {
  const { categories, dataset, eventsById, extent, spanOf } = useDatasetIndex()
  const events = useFilteredEvents()
  const selectedEventId = useSelectedId()
  const lanes = useLanes()
  const timeWindow = useTimeWindow()
  const inStory = useStoryId() !== null
  const { select, setLanes, setWindow } = useActions()
  const { containerRef, windowFeed, fit, zoom, reveal } = useVisTimeline({
    model,
    eventsById,
    spanOf,
    selectedEventId,
    onSelectEvent: select,
    timeWindow,
    categories,
    extent,
    eras: dataset.eras,
    onWindowChange: setWindow,
    animateWindow: inStory,
  })

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const command = timelineCommand(event)
    if (!command) return
    event.preventDefault()
    if ('zoom' in command) zoom(command.zoom)
    else if ('close' in command) select(null)
    else if (command.step === 'next' && event.key === 'Enter' && selectedEventId) return
    else {
      const id = stepSelection(events.map((e) => e.id), selectedEventId, command.step)
      select(id)
      if (id) reveal(id)
    }
  }

  return (
    <section aria-labelledby="timeline-heading" className="flex min-w-0 flex-col gap-2 desk:min-h-0 desk:flex-1">
      {/* The view toggle beside the introduction already says "Timeline": the heading is for screen readers. */}
      <h2 id="timeline-heading" className="sr-only">
        Timeline
      </h2>
      <div className="flex flex-wrap-reverse items-center gap-x-3 gap-y-2">
        <div className="min-w-48 flex-1">
          <OverviewStrip feed={windowFeed} onWindowChange={setWindow} />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <LanePicker value={lanes} onChange={setLanes} />
          <ZoomControls onFit={fit} onZoomIn={() => zoom('in')} onZoomOut={() => zoom('out')} />
        </div>
      </div>
      <EraList eras={dataset.eras} />
      <div
        ref={containerRef}
        id={SKIP_TARGETS.events}
        role="group"
        aria-label="Events"
        aria-describedby="timeline-keys-hint"
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="timeline h-[calc(100dvh-12rem)] min-h-[24rem] rounded-lg border border-slate-300 bg-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 desk:h-auto desk:min-h-[12rem] desk:flex-1 dark:border-slate-600 dark:bg-slate-900 dark:focus-visible:outline-blue-400"
      />
      <p id="timeline-keys-hint" className="text-xs text-slate-600 dark:text-slate-400">
        Drag to pan · Ctrl + scroll or pinch to zoom · with the timeline focused: ← → step through events, + − zoom, Home/End
        first/last, Esc closes the detail
      </p>
    </section>
  )
}
