import { useEffect, useEffectEvent, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { DataSet } from 'vis-data/esnext'
import { Timeline } from 'vis-timeline/esnext'
import type { TimelineEvent } from '../../dataset/schema'
import { cachedSpan } from '../../domain/event-spans'
import { isPointEvent } from '../../domain/dates'
import type { LaneGrouping, TimeWindow } from '../../state/view-state'
import { fitWindow } from './fit-window'
import type { LaneModel } from './lanes'
import { syncDataSet } from './sync-data-set'
import type { VisGroup, VisItem } from './to-vis-items'
import { TIMELINE_OPTIONS } from './timeline-options'
import { needsNewItems, visibleItems, type ViewRange } from './visible-items'

type Options = {
  model: LaneModel
  grouping: LaneGrouping
  /** Chronological; to find an event's dates when revealing it. */
  eventsById: ReadonlyMap<string, TimelineEvent>
  selectedEventId: string | null
  onSelectEvent: (eventId: string | null) => void
  /** null means "fit everything". */
  window: TimeWindow | null
  onWindowChange: (window: TimeWindow | null) => void
}

const SECOND = 1000
const roundWindow = (start: Date | number, end: Date | number): TimeWindow => ({
  start: Math.round(+start / SECOND) * SECOND,
  end: Math.round(+end / SECOND) * SECOND,
})
/** How often a pan or zoom in progress may swap in new items. */
const REFRESH_MS = 120
/** Quiet time after the last wheel zoom step before markers are re-bucketed. */
const ZOOM_SETTLE_MS = 180
/** Width assumed before vis has laid itself out; the margin around the window absorbs the error. */
const DEFAULT_WIDTH = 1000

function fitExtent(model: LaneModel, widthPx: number): TimeWindow | null {
  const { extent } = model
  return extent && fitWindow([{ start: new Date(extent.start), end: new Date(extent.end) }], widthPx)
}

/**
 * Wraps vis-timeline the react-leaflet way: create once, keep it in a ref, diff data into its
 * DataSets, destroy on unmount. Changing items never rebuilds the timeline. Only the items in and
 * near the visible window (clustered where dense) are handed to vis, and refreshed as it moves.
 */
export function useVisTimeline({ model, grouping, eventsById, selectedEventId, onSelectEvent, window, onWindowChange }: Options) {
  const containerRef = useRef<HTMLDivElement>(null)
  const timelineRef = useRef<Timeline | null>(null)
  const itemsRef = useRef<DataSet<VisItem, 'id'> | null>(null)
  const groupsRef = useRef<DataSet<VisGroup, 'id'> | null>(null)
  // vis fits itself on its first draw; the window is ours to set only after that.
  const [drawn, setDrawn] = useState(false)
  // The window vis shows, as last reported; null until it has drawn.
  const [view, setView] = useState<ViewRange | null>(null)

  // Before vis has drawn, the window we are about to give it, at an assumed width.
  const target = view ? null : (window ?? fitExtent(model, DEFAULT_WIDTH))
  const viewStart = view?.start ?? target?.start ?? 0
  const viewEnd = view?.end ?? target?.end ?? 1
  const viewWidth = view?.widthPx ?? DEFAULT_WIDTH
  const { items, coverage } = useMemo(
    () => visibleItems(model, grouping, { start: viewStart, end: viewEnd, widthPx: viewWidth }, selectedEventId),
    [model, grouping, viewStart, viewEnd, viewWidth, selectedEventId],
  )
  const coverageRef = useRef(coverage)
  useLayoutEffect(() => {
    coverageRef.current = coverage
  }, [coverage])
  const selectedIds = () => (selectedEventId ? items.filter((i) => i.eventId === selectedEventId).map((i) => i.id) : [])

  const recordWindow = () => {
    const timeline = timelineRef.current
    if (!timeline) return
    const { start, end } = timeline.getWindow()
    onWindowChange(roundWindow(start, end))
  }

  const handleSelect = useEffectEvent((itemIds: (string | number)[]) => {
    const first = itemIds[0]
    const item = first === undefined ? null : itemsRef.current?.get(String(first))
    const timeline = timelineRef.current
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
  const handleResize = useEffectEvent(() => {
    const timeline = timelineRef.current
    const container = containerRef.current
    if (window !== null || !timeline || !container || !drawn) return
    const target = fitExtent(model, centreWidth(container))
    if (target) timeline.setWindow(target.start, target.end, { animation: false })
  })
  const handleRangeChanged = useEffectEvent((start: Date, end: Date) => onWindowChange(roundWindow(start, end)))

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const itemSet = new DataSet<VisItem, 'id'>()
    const groupSet = new DataSet<VisGroup, 'id'>()
    // No start/end options: with them vis stays hidden until its first 'rangechanged', up to a second.
    const timeline = new Timeline(container, itemSet, groupSet, TIMELINE_OPTIONS)
    // The lane names scroll with the lanes: keyboard users must be able to reach and scroll them.
    const laneNames = container.querySelector('.vis-panel.vis-left')
    laneNames?.setAttribute('tabindex', '0')
    laneNames?.setAttribute('role', 'group')
    laneNames?.setAttribute('aria-label', 'Lane names')
    let pending: ReturnType<typeof setTimeout> | null = null
    // Until vis reports its window once, items follow the fitted target, which moves with filters.
    let reported = false
    const reportView = () => {
      pending = null
      const { start, end } = timeline.getWindow()
      const next = { start: +start, end: +end, widthPx: centreWidth(container) }
      if (!reported || needsNewItems(coverageRef.current, next)) setView(next)
      reported = true
    }
    let lastSpan = Number.NaN
    let zooming = false
    const onRangeChange = () => {
      const { start, end } = timeline.getWindow()
      const span = +end - +start
      zooming = Math.abs(span - lastSpan) > span * 1e-9
      lastSpan = span
      if (zooming) {
        // Debounced: re-bucketing replaces every marker, so it waits until the wheel stops.
        if (pending !== null) clearTimeout(pending)
        pending = setTimeout(reportView, ZOOM_SETTLE_MS)
      } else if (pending === null) {
        // Throttled: a drag fires this every frame; new items are needed far less often.
        pending = setTimeout(reportView, REFRESH_MS)
      }
    }
    const onFirstDraw = () => {
      timeline.off('changed', onFirstDraw)
      setDrawn(true)
      // After the window effect has moved vis to the target window.
      if (pending === null) pending = setTimeout(reportView, REFRESH_MS)
    }
    timeline.on('changed', onFirstDraw)
    timeline.on('rangechange', onRangeChange)
    timeline.on('select', ({ items: selected }: { items: (string | number)[] }) => handleSelect(selected))
    // Only the reader's own pans and zooms become view state; programmatic moves echo nothing.
    timeline.on('rangechanged', ({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) => {
      // vis ends each wheel step with this too: those wait for the debounce above.
      if (!(byUser && zooming)) {
        if (pending !== null) clearTimeout(pending)
        reportView()
      }
      if (byUser) handleRangeChanged(start, end)
    })
    // vis polls its size once a second; a panel opening beside it must not leave items misplaced.
    // Only widths matter: lanes growing or shrinking with a filter change must not redraw and
    // refit a second time (a round that cost 100+ ms per filter change at 10,000 events).
    const widths = new Map<Element, number>()
    const resizeObserver = new ResizeObserver((entries) => {
      let widthChanged = false
      for (const entry of entries) {
        const width = entry.contentRect.width
        if (widths.get(entry.target) !== width) widthChanged = true
        widths.set(entry.target, width)
      }
      if (!widthChanged) return
      timeline.redraw()
      handleResize()
    })
    resizeObserver.observe(container)
    const itemsPanel = container.querySelector('.vis-panel.vis-center')
    if (itemsPanel) resizeObserver.observe(itemsPanel)
    timelineRef.current = timeline
    itemsRef.current = itemSet
    groupsRef.current = groupSet
    return () => {
      if (pending !== null) clearTimeout(pending)
      resizeObserver.disconnect()
      timeline.destroy()
      timelineRef.current = null
      itemsRef.current = null
      groupsRef.current = null
    }
  }, [])

  useEffect(() => {
    if (!itemsRef.current || !groupsRef.current) return
    syncDataSet(groupsRef.current, model.groups)
    syncDataSet(itemsRef.current, items)
  }, [items, model.groups])

  const hasItems = model.extent !== null
  useEffect(() => {
    const timeline = timelineRef.current
    const container = containerRef.current
    if (!timeline || !container || !hasItems || !drawn) return
    const target = window ?? fitExtent(model, centreWidth(container))
    if (!target) return
    const current = timeline.getWindow()
    const tolerance = (target.end - target.start) / Math.max(centreWidth(container), 1)
    if (Math.abs(+current.start - target.start) > tolerance || Math.abs(+current.end - target.end) > tolerance) {
      timeline.setWindow(target.start, target.end, { animation: false })
    }
    // Items are read only to fit them: a filter change must not move a window the reader chose.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [window, hasItems, drawn])

  useEffect(() => {
    timelineRef.current?.setSelection(selectedIds())
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [items, selectedEventId])

  return {
    containerRef,
    fit: () => onWindowChange(null),
    zoom: (direction: 'in' | 'out') => {
      const timeline = timelineRef.current
      if (!timeline) return
      if (direction === 'in') timeline.zoomIn(0.5, { animation: false })
      else timeline.zoomOut(0.5, { animation: false })
      recordWindow()
    },
    /** Pans so the event is on screen, if it is not already. */
    reveal: (eventId: string) => {
      const timeline = timelineRef.current
      const event = eventsById.get(eventId)
      if (!timeline || !event) return
      const span = cachedSpan(event)
      const itemEnd = isPointEvent(event) ? span.start : span.end
      const { start, end } = timeline.getWindow()
      if (span.start >= +start && itemEnd <= +end) return
      timeline.moveTo(span.start, { animation: false })
      recordWindow()
    },
  }
}

function centreWidth(container: HTMLElement): number {
  return container.querySelector('.vis-panel.vis-center')?.clientWidth || container.clientWidth || DEFAULT_WIDTH
}
