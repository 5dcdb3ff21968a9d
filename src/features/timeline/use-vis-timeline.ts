import { useEffect, useEffectEvent, useRef, useState } from 'react'
import { DataSet } from 'vis-data/esnext'
import { Timeline } from 'vis-timeline/esnext'
import type { TimeWindow } from '../../state/view-state'
import { fitWindow } from './fit-window'
import { syncDataSet } from './sync-data-set'
import type { VisGroup, VisItem } from './to-vis-items'
import { TIMELINE_OPTIONS } from './timeline-options'

type Options = {
  items: readonly VisItem[]
  groups: readonly VisGroup[]
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

/**
 * Wraps vis-timeline the react-leaflet way: create once, keep it in a ref, diff data into its
 * DataSets, destroy on unmount. Changing items never rebuilds the timeline.
 */
export function useVisTimeline({ items, groups, selectedEventId, onSelectEvent, window, onWindowChange }: Options) {
  const containerRef = useRef<HTMLDivElement>(null)
  const timelineRef = useRef<Timeline | null>(null)
  const itemsRef = useRef<DataSet<VisItem, 'id'> | null>(null)
  const groupsRef = useRef<DataSet<VisGroup, 'id'> | null>(null)
  // vis fits itself on its first draw; the window is ours to set only after that.
  const [drawn, setDrawn] = useState(false)

  const handleSelect = useEffectEvent((itemIds: (string | number)[]) => {
    const first = itemIds[0]
    const item = first === undefined ? null : itemsRef.current?.get(String(first))
    onSelectEvent(item ? item.eventId : null)
  })
  // A fitted view stays fitted when the space for it changes; a chosen window stays as chosen.
  const handleResize = useEffectEvent(() => {
    const timeline = timelineRef.current
    const container = containerRef.current
    if (window !== null || !timeline || !container || !drawn) return
    const target = fitWindow(items, centreWidth(container))
    if (target) timeline.setWindow(target.start, target.end, { animation: false })
  })
  const handleRangeChanged = useEffectEvent((start: Date, end: Date) => onWindowChange(roundWindow(start, end)))

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const itemSet = new DataSet<VisItem, 'id'>()
    const groupSet = new DataSet<VisGroup, 'id'>()
    const timeline = new Timeline(container, itemSet, groupSet, TIMELINE_OPTIONS)
    const onFirstDraw = () => {
      timeline.off('changed', onFirstDraw)
      setDrawn(true)
    }
    timeline.on('changed', onFirstDraw)
    timeline.on('select', ({ items: selected }: { items: (string | number)[] }) => handleSelect(selected))
    // Only the reader's own pans and zooms become view state; programmatic moves echo nothing.
    timeline.on('rangechanged', ({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) => {
      if (byUser) handleRangeChanged(start, end)
    })
    // vis polls its size once a second; a panel opening beside it must not leave items misplaced.
    const resizeObserver = new ResizeObserver(() => {
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
      resizeObserver.disconnect()
      timeline.destroy()
      timelineRef.current = null
      itemsRef.current = null
      groupsRef.current = null
    }
  }, [])

  useEffect(() => {
    if (!itemsRef.current || !groupsRef.current) return
    syncDataSet(groupsRef.current, groups)
    syncDataSet(itemsRef.current, items)
  }, [items, groups])

  const hasItems = items.length > 0
  useEffect(() => {
    const timeline = timelineRef.current
    const container = containerRef.current
    if (!timeline || !container || !hasItems || !drawn) return
    const target = window ?? fitWindow(items, centreWidth(container))
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
    const ids = selectedEventId ? items.filter((i) => i.eventId === selectedEventId).map((i) => i.id) : []
    timelineRef.current?.setSelection(ids)
  }, [items, selectedEventId])

  const recordWindow = () => {
    const timeline = timelineRef.current
    if (!timeline) return
    const { start, end } = timeline.getWindow()
    onWindowChange(roundWindow(start, end))
  }

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
      const item = items.find((i) => i.eventId === eventId)
      if (!timeline || !item) return
      const { start, end } = timeline.getWindow()
      const itemEnd = item.end ?? item.start
      if (item.start >= start && itemEnd <= end) return
      timeline.moveTo(item.start, { animation: false })
      recordWindow()
    },
  }
}

function centreWidth(container: HTMLElement): number {
  return container.querySelector('.vis-panel.vis-center')?.clientWidth ?? container.clientWidth
}
