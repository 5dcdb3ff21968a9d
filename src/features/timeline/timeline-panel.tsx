import { useMemo } from 'react'
import type { Category } from '../../dataset/schema'
import { useDatasetIndex } from '../../state/use-dataset'
import { useSelect, useSelectedId } from '../../state/view-store'
import { CategoryLegend } from './category-legend'
import { categoryLanes } from './lanes'
import { useVisTimeline } from './use-vis-timeline'
import { ZoomControls } from './zoom-controls'
import './timeline.css'

export function TimelinePanel() {
  const { events } = useDatasetIndex()
  const selectedEventId = useSelectedId()
  const select = useSelect()
  const { groups, items } = useMemo(() => categoryLanes(events), [events])
  const { containerRef, fit, zoomIn, zoomOut } = useVisTimeline({ items, groups, selectedEventId, onSelectEvent: select })

  return (
    <section aria-labelledby="timeline-heading" className="flex min-w-0 flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="timeline-heading" className="text-lg font-semibold text-slate-900">
          Timeline <span className="font-normal text-slate-600">· {events.length} events</span>
        </h2>
        <ZoomControls onFit={fit} onZoomIn={zoomIn} onZoomOut={zoomOut} />
      </div>
      <CategoryLegend categories={groups.map((g) => g.id as Category)} />
      <div ref={containerRef} role="group" aria-label="Events" className="timeline h-[calc(100vh-14rem)] min-h-[24rem] rounded-lg border border-slate-300 bg-white" />
      <p className="text-xs text-slate-600">Drag to pan · Ctrl + scroll or pinch to zoom · scroll to see more lanes</p>
    </section>
  )
}
