import { useId, useMemo, useRef, useSyncExternalStore, type KeyboardEvent, type PointerEvent } from 'react'
import { measured, STRIP_UPDATE_MEASURE } from '../../../dataset/phase-marks'
import { formatDayRange, DAY_MS } from '../../../domain/dates'
import { useFilters } from '../../../state/store/hooks'
import { useDatasetIndex } from '../../../state/use-dataset'
import type { TimeWindow } from '../../../state/view-state'
import type { WindowFeed } from '../window-feed'
import { centreAt, moveEdge, panBy, windowForKey, type Domain } from './brush-math'
import { barsPath, densitySummary } from './density-summary'

const BAR_HEIGHT = 100

type Drag = { pointerId: number; mode: 'move' | 'start' | 'end'; grabAt: number; from: TimeWindow }

type Props = {
  /** The window vis shows, frame by frame. */
  feed: WindowFeed
  onWindowChange: (timeWindow: TimeWindow) => void
}

const percent = (value: number) => `${(value * 100).toFixed(3)}%`

/**
 * A slim strip over the dataset's whole span: bars count the filtered events per day (or week…),
 * and a brush marks the window the timeline shows. Drag the brush to pan, its edges to zoom, click
 * the strip to centre there; from the keyboard it is a slider. Drawn as one SVG path, without vis.
 */
export function OverviewStrip({ feed, onWindowChange }: Props) {
  const { density, densityOf } = useDatasetIndex()
  const filters = useFilters()
  const timeWindow = useSyncExternalStore(feed.subscribe, feed.get, feed.get)
  const { path, summary } = useMemo(
    () =>
      // Timed for `npm run bench`: counting and drawing the bars must stay within a frame.
      measured(STRIP_UPDATE_MEASURE, () => {
        const counts = densityOf(filters)
        return { path: barsPath(counts, BAR_HEIGHT), summary: density ? densitySummary(density, counts) : '' }
      }),
    [density, densityOf, filters],
  )
  const trackRef = useRef<HTMLDivElement>(null)
  const drag = useRef<Drag | null>(null)
  const summaryId = useId()
  const hintId = useId()
  if (!density) return null
  const domain: Domain = { start: density.start, end: density.start + density.count * density.binMs }
  const domainSpan = domain.end - domain.start

  const timeAt = (clientX: number) => {
    const rect = trackRef.current?.getBoundingClientRect()
    if (!rect || rect.width === 0) return domain.start
    return domain.start + ((clientX - rect.left) / rect.width) * domainSpan
  }

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (!timeWindow || event.button !== 0) return
    const target = event.target as HTMLElement
    const edge = target.dataset.edge as 'start' | 'end' | undefined
    const at = timeAt(event.clientX)
    let from = timeWindow
    if (!edge && !target.closest('[role="slider"]')) {
      // A press on the strip outside the brush centres the window there, then drags it.
      from = centreAt(timeWindow, at, domain)
      onWindowChange(from)
    }
    drag.current = { pointerId: event.pointerId, mode: edge ?? 'move', grabAt: at, from }
    event.currentTarget.setPointerCapture(event.pointerId)
    event.preventDefault()
    // Focus follows the pointer, so the arrow keys carry on from here.
    event.currentTarget.querySelector<HTMLElement>('[role="slider"]')?.focus({ preventScroll: true })
  }

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const current = drag.current
    if (!current || current.pointerId !== event.pointerId) return
    const at = timeAt(event.clientX)
    if (current.mode === 'move') onWindowChange(panBy(current.from, at - current.grabAt, domain))
    else onWindowChange(moveEdge(current.from, current.mode, at, domain))
  }

  const endDrag = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current?.pointerId === event.pointerId) drag.current = null
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!timeWindow || event.ctrlKey || event.metaKey || event.altKey) return
    const next = windowForKey(timeWindow, event.key, event.shiftKey, domain)
    if (!next) return
    event.preventDefault()
    event.stopPropagation()
    onWindowChange(next)
  }

  // A window past either end of the span (panned away from every event) keeps its brush at that end.
  const clamp = (x: number) => Math.min(Math.max(x, 0), 1)
  const left = timeWindow ? clamp((timeWindow.start - domain.start) / domainSpan) : 0
  const right = timeWindow ? clamp((timeWindow.end - domain.start) / domainSpan) : 1
  const width = Math.max(right - left, 0)
  const totalDays = Math.round(domainSpan / DAY_MS)

  return (
    <div role="group" aria-label="Overview" aria-describedby={summaryId} className="overview flex flex-col gap-0.5">
      <div
        ref={trackRef}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={endDrag}
        onPointerCancel={endDrag}
        className="relative h-8 cursor-pointer touch-none overflow-hidden rounded border border-slate-300 bg-white select-none dark:border-slate-600 dark:bg-slate-900"
      >
        <svg aria-hidden="true" className="absolute inset-0 h-full w-full" viewBox={`0 0 ${density.count} ${BAR_HEIGHT}`} preserveAspectRatio="none">
          <path d={path} className="fill-slate-500 dark:fill-slate-400" />
        </svg>
        {timeWindow && (
          <div
            role="slider"
            tabIndex={0}
            aria-label="Visible window"
            aria-describedby={hintId}
            aria-valuemin={0}
            aria-valuemax={totalDays}
            aria-valuenow={Math.round((timeWindow.start - domain.start) / DAY_MS)}
            aria-valuetext={formatDayRange(timeWindow.start, Math.max(timeWindow.start, timeWindow.end - 1))}
            onKeyDown={onKeyDown}
            // The track clips, so nothing here can widen the page; at the right end the brush hangs left.
            style={left >= 1 ? { right: 0 } : { left: percent(left), width: percent(width) }}
            className="overview-brush absolute inset-y-0 min-w-2 cursor-grab rounded-sm border-2 border-blue-700 bg-blue-600/15 focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-blue-700 active:cursor-grabbing dark:border-blue-300 dark:bg-blue-300/20 dark:focus-visible:outline-blue-300"
          >
            <span data-edge="start" aria-hidden="true" className="absolute inset-y-0 -left-1 w-3 cursor-ew-resize" />
            <span data-edge="end" aria-hidden="true" className="absolute inset-y-0 -right-1 w-3 cursor-ew-resize" />
          </div>
        )}
      </div>
      <p id={summaryId} className="sr-only">
        {summary}
      </p>
      <p id={hintId} className="sr-only">
        Left and right arrows pan, Page Up and Page Down by a whole window, plus and minus zoom, Shift with an arrow moves the end
        of the window, Home and End go to either end.
      </p>
    </div>
  )
}
