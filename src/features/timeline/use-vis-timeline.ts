import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { Era, TimelineEvent } from '../../dataset/schema'
import type { Span } from '../../domain/dataset-index'
import type { Vocabulary } from '../../domain/categories'
import { isPointEvent } from '../../domain/dates'
import type { TimeWindow } from '../../state/view-state'
import { fitWindow, zoomLimits } from './fit-window'
import type { LaneModel } from './lanes'
import { createItemCache, eraItem } from './to-vis-items'
import { createWindowFeed } from './window-feed'
import { needsNewItems, visibleItems, type ViewRange } from './visible-items'
import { centreWidth, DEFAULT_WIDTH } from './vis/label-lane-names'
import { useControlledWindow } from './vis/use-controlled-window'
import { useDataSync } from './vis/use-data-sync'
import { useRangeReports } from './vis/use-range-reports'
import { useTimelineEvent } from './vis/use-timeline-event'
import { useTimelineInstance } from './vis/use-timeline-instance'
import { useWidthObserver } from './vis/use-width-observer'
import { useZoomLimits } from './vis/use-zoom-limits'

type Options = {
  model: LaneModel
  /** Chronological; to find an event's dates when revealing it. */
  eventsById: ReadonlyMap<string, TimelineEvent>
  spanOf: (event: TimelineEvent) => Span
  selectedEventId: string | null
  onSelectEvent: (eventId: string | null) => void
  /** null means "fit everything". */
  timeWindow: TimeWindow | null
  /** The dataset's categories, for item colours. */
  categories: Vocabulary
  /** Every event's extent, filtered or not: zoom limits follow the dataset, not the filters. */
  extent: Span | null
  /** Named periods drawn behind the lanes. */
  eras: readonly Era[]
  onWindowChange: (timeWindow: TimeWindow | null) => void
  /** Glide to each new window rather than jump: while a story is read, so the reader sees where it went. */
  animateWindow?: boolean
}

const SECOND = 1000
const roundWindow = (start: Date | number, end: Date | number): TimeWindow => ({
  start: Math.round(+start / SECOND) * SECOND,
  end: Math.round(+end / SECOND) * SECOND,
})

function fitExtent(model: LaneModel, widthPx: number): TimeWindow | null {
  const { extent } = model
  return extent && fitWindow([{ start: new Date(extent.start), end: new Date(extent.end) }], widthPx)
}

/**
 * vis-timeline the react-leaflet way: created once (useTimelineInstance), one small hook per concern
 * (each vis event, data sync, the controlled window, resizes), destroyed with its container. Only the
 * items in and near the visible window (clustered where dense) are handed to vis, refreshed as it moves.
 */
export function useVisTimeline({ model, eventsById, spanOf, selectedEventId, onSelectEvent, timeWindow, categories, extent, eras, onWindowChange, animateWindow = false }: Options) {
  const { containerRef, instance } = useTimelineInstance()
  const timeline = instance?.timeline
  const [drawn, setDrawn] = useState(false)
  // The window vis shows, as last reported; null until it has drawn.
  const [view, setView] = useState<ViewRange | null>(null)
  // Another dataset: the window last reported was the old one's, and vis is about to leave it. Items
  // follow the window it is going to, at the width it has, so vis is filled once, not twice.
  const [viewExtent, setViewExtent] = useState(extent)
  if (viewExtent !== extent) {
    setViewExtent(extent)
    if (view) {
      const next = timeWindow ?? fitExtent(model, view.widthPx)
      setView(next ? { ...next, widthPx: view.widthPx } : null)
    }
  }
  // Labels and colours are worked out once per event and dataset, not on every pan.
  const itemFor = useMemo(() => createItemCache(categories), [categories])
  const [windowFeed] = useState(createWindowFeed)

  // Before vis has drawn, the window we are about to give it, at an assumed width.
  const target = view ? null : (timeWindow ?? fitExtent(model, DEFAULT_WIDTH))
  const viewStart = view?.start ?? target?.start ?? 0
  const viewEnd = view?.end ?? target?.end ?? 1
  const viewWidth = view?.widthPx ?? DEFAULT_WIDTH
  const selected = selectedEventId === null ? null : (eventsById.get(selectedEventId) ?? null)
  const { items, coverage } = useMemo(
    () => visibleItems(model, { start: viewStart, end: viewEnd, widthPx: viewWidth }, selected, itemFor),
    [model, viewStart, viewEnd, viewWidth, selected, itemFor],
  )
  const coverageRef = useRef(coverage)
  useLayoutEffect(() => {
    coverageRef.current = coverage
  }, [coverage])
  const selectedIds = () => (selectedEventId ? items.filter((i) => i.eventId === selectedEventId).map((i) => i.id) : [])

  const recordWindow = () => {
    if (!timeline) return
    const { start, end } = timeline.getWindow()
    onWindowChange(roundWindow(start, end))
  }

  // Until vis reports its window once, items follow the fitted target, which moves with filters.
  const reported = useRef(false)
  useRangeReports(
    instance,
    () => {
      if (!instance) return
      const { start, end } = instance.timeline.getWindow()
      windowFeed.set({ start: +start, end: +end })
      const next = { start: +start, end: +end, widthPx: centreWidth(instance.container) }
      if (!reported.current || needsNewItems(coverageRef.current, next)) setView(next)
      reported.current = true
    },
    () => setDrawn(true),
  )

  // Every frame of every move, for the overview's brush.
  useTimelineEvent(timeline, 'rangechange', ({ start, end }) => windowFeed.set({ start: +start, end: +end }))
  // Only the reader's own pans and zooms become view state; programmatic moves echo nothing.
  useTimelineEvent(timeline, 'rangechanged', ({ start, end, byUser }) => {
    if (byUser) onWindowChange(roundWindow(start, end))
  })

  useTimelineEvent(timeline, 'select', ({ items: selected }) => {
    const first = selected[0]
    const item = first === undefined ? null : instance?.items.get(String(first))
    if (item?.zoomStart !== undefined && item.zoomEnd !== undefined && timeline) {
      // A cluster is not an event: activating it zooms to its events instead of selecting it.
      const pad = Math.max((item.zoomEnd - item.zoomStart) * 0.1, 12 * 3_600_000)
      timeline.setWindow(item.zoomStart - pad, item.zoomEnd + pad, { animation: false })
      timeline.setSelection(selectedIds())
      recordWindow()
      return
    }
    onSelectEvent(item ? item.eventId : null)
  })

  // A fitted view stays fitted when the space for it changes; a chosen window stays as chosen.
  useWidthObserver(instance, () => {
    if (timeWindow !== null || !instance || !drawn) return
    const fitted = fitExtent(model, centreWidth(instance.container))
    if (fitted) instance.timeline.setWindow(fitted.start, fitted.end, { animation: false })
  })

  const eraItems = useMemo(() => eras.map(eraItem), [eras])
  const allItems = useMemo(() => (eraItems.length ? [...eraItems, ...items] : items), [eraItems, items])
  useDataSync(instance, model.groups, allItems)
  const limits = zoomLimits(extent)
  useZoomLimits(instance, limits.zoomMin, limits.zoomMax)
  useControlledWindow(instance, timeWindow, (width) => fitExtent(model, width), drawn && model.extent !== null, animateWindow)

  useEffect(() => {
    timeline?.setSelection(selectedIds())
    // eslint-disable-next-line react-hooks/exhaustive-deps -- selectedIds reads items and the selection
  }, [timeline, items, selectedEventId])

  return {
    containerRef,
    windowFeed,
    fit: () => onWindowChange(null),
    zoom: (direction: 'in' | 'out') => {
      if (!timeline) return
      if (direction === 'in') timeline.zoomIn(0.5, { animation: false })
      else timeline.zoomOut(0.5, { animation: false })
      recordWindow()
    },
    /** Pans so the event is on screen, if it is not already. */
    reveal: (eventId: string) => {
      const event = eventsById.get(eventId)
      if (!timeline || !event) return
      const span = spanOf(event)
      const itemEnd = isPointEvent(event) ? span.start : span.end
      const { start, end } = timeline.getWindow()
      if (span.start >= +start && itemEnd <= +end) return
      timeline.moveTo(span.start, { animation: false })
      recordWindow()
    },
  }
}
