import { useEffect, useEffectEvent, useRef } from 'react'
import moment from 'moment'
import { DataSet } from 'vis-data/esnext'
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext'
import { fitWindow } from './fit-window'
import { syncDataSet } from './sync-data-set'
import type { VisGroup, VisItem } from './to-vis-items'

type Options = {
  items: readonly VisItem[]
  groups: readonly VisGroup[]
  selectedEventId: string | null
  onSelectEvent: (eventId: string | null) => void
}

function textElement(className: string, text: string): HTMLElement {
  const span = document.createElement('span')
  span.className = className
  span.textContent = text
  return span
}

/** The item's visible label; its accessible name carries the date too. */
function itemElement(item: VisItem): HTMLElement {
  const label = textElement('item-label', item.content)
  label.setAttribute('role', 'button')
  label.setAttribute('aria-label', item.label)
  // Range labels can be clipped by their bar: a native tooltip shows the whole text, as text.
  label.title = item.label
  label.dataset.eventId = item.eventId
  return label
}

const DAY_MS = 86_400_000

const OPTIONS: TimelineOptions = {
  // Dataset dates are calendar days; show them as such whatever the reader's time zone.
  moment: (date: moment.MomentInput) => moment(date).utc(),
  orientation: { axis: 'top', item: 'top' },
  height: '100%',
  verticalScroll: true,
  // The wheel scrolls the lanes; Ctrl + wheel (or pinch) zooms.
  zoomKey: 'ctrlKey',
  showWeekScale: true,
  format: { minorLabels: { week: 'D MMM', day: 'D' }, majorLabels: { week: 'MMMM YYYY', day: 'MMMM YYYY' } },
  stack: true,
  showCurrentTime: false,
  zoomMin: 3 * DAY_MS,
  zoomMax: 5 * 365 * DAY_MS,
  margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
  groupOrder: 'order',
  selectable: true,
  multiselect: false,
  // Text only: labels are built with textContent, so dataset text is never parsed as HTML.
  template: itemElement,
  groupTemplate: (group: VisGroup) => textElement('lane-label', group.content),
}

function fit(timeline: Timeline, container: HTMLElement, items: readonly VisItem[], animation: boolean) {
  const itemsPanel = container.querySelector('.vis-panel.vis-center')
  const window = fitWindow(items, itemsPanel?.clientWidth ?? container.clientWidth)
  if (window) timeline.setWindow(window.start, window.end, { animation })
}

/**
 * Wraps vis-timeline the react-leaflet way: create once, keep it in a ref, diff data into its
 * DataSets, destroy on unmount. Changing items never rebuilds the timeline.
 */
export function useVisTimeline({ items, groups, selectedEventId, onSelectEvent }: Options) {
  const containerRef = useRef<HTMLDivElement>(null)
  const timelineRef = useRef<Timeline | null>(null)
  const itemsRef = useRef<DataSet<VisItem, 'id'> | null>(null)
  const groupsRef = useRef<DataSet<VisGroup, 'id'> | null>(null)

  const handleSelect = useEffectEvent((itemIds: (string | number)[]) => {
    const first = itemIds[0]
    const item = first === undefined ? null : itemsRef.current?.get(String(first))
    onSelectEvent(item ? item.eventId : null)
  })

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const itemSet = new DataSet<VisItem, 'id'>()
    const groupSet = new DataSet<VisGroup, 'id'>()
    itemsRef.current = itemSet
    groupsRef.current = groupSet
    const timeline = new Timeline(container, itemSet, groupSet, OPTIONS)
    timeline.on('select', ({ items: selected }: { items: (string | number)[] }) => handleSelect(selected))
    timelineRef.current = timeline
    return () => {
      timeline.destroy()
      timelineRef.current = null
      itemsRef.current = null
      groupsRef.current = null
    }
  }, [])

  useEffect(() => {
    const timeline = timelineRef.current
    if (!timeline || !itemsRef.current || !groupsRef.current) return
    const firstData = itemsRef.current.length === 0
    syncDataSet(groupsRef.current, groups)
    syncDataSet(itemsRef.current, items)
    if (firstData && items.length && containerRef.current) fit(timeline, containerRef.current, items, false)
  }, [items, groups])

  useEffect(() => {
    const timeline = timelineRef.current
    if (!timeline) return
    const ids = selectedEventId ? items.filter((i) => i.eventId === selectedEventId).map((i) => i.id) : []
    timeline.setSelection(ids)
  }, [items, selectedEventId])

  return {
    containerRef,
    fit: () => timelineRef.current && containerRef.current && fit(timelineRef.current, containerRef.current, items, true),
    zoomIn: () => timelineRef.current?.zoomIn(0.5),
    zoomOut: () => timelineRef.current?.zoomOut(0.5),
  }
}
