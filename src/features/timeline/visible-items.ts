import type { TimelineEvent } from '../../dataset/schema'
import { formatDayRange } from '../../domain/dates'
import { bucketLane, bucketMsFor } from './bucket-lane'
import type { Lane, LaneModel } from './lanes'
import { laneGroupId, type ItemFactory, type VisItem } from './to-vis-items'

/** The part of the timeline on screen: its time window and the pixels it has. */
export type ViewRange = { start: number; end: number; widthPx: number }

/** What a set of visible items was computed for, to tell when panning or zooming needs a new one. */
export type Coverage = {
  from: number
  to: number
  /** Bucket size the zoom called for when clustered (before any widening); null when not clustered. */
  level: number | null
}

export type VisibleItems = { items: VisItem[]; coverage: Coverage }

/** Items are handed over for half a window either side, so a pan shows items vis already has. */
const MARGIN = 0.5
/** Up to this many items in the window, every one is drawn as itself. */
export const ITEM_BUDGET = 250
/** A lane with at most this many items in the window is never clustered. */
const SPARSE_LANE = 10
/** Narrowest cluster marker on screen, in pixels: room for a count such as "1.2k", and few enough
 * markers that re-bucketing on zoom stays cheap for vis. */
const BUCKET_PX = 64
/** Gap kept between neighbouring markers so vis does not stack them (its item margin is 4 px). */
const GAP_PX = 8
/** Beyond this many items in total, buckets widen: vis pays for every item it holds. */
const MAX_HANDED = 1500

function lowerBound(values: ArrayLike<number>, target: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((values[mid] ?? Infinity) < target) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Index range [lo, hi) of a lane's items that may overlap [from, to), by binary search on start. */
function laneRange(lane: Lane, from: number, to: number): [number, number] {
  let lo = lowerBound(lane.starts, from - lane.maxLength)
  while (lo < lane.starts.length && (lane.ends[lo] ?? Infinity) < from) lo++
  return [lo, lowerBound(lane.starts, to)]
}

/** Items overlapping [from, to) exactly: long spans make the start search reach too far back. */
function countIn(lane: Lane, from: number, to: number): number {
  const [lo, hi] = laneRange(lane, from, to)
  let count = 0
  for (let i = lo; i < hi; i++) if ((lane.ends[i] ?? 0) >= from) count++
  return count
}

/** Each event of a lane in [lo, hi) as its own item. */
function pushItems(items: VisItem[], lane: Lane, lo: number, hi: number, itemFor: ItemFactory): void {
  for (let i = lo; i < hi; i++) {
    const event = lane.events[i]
    if (event) items.push(itemFor(event, lane.key))
  }
}

function compactCount(count: number): string {
  return count < 1000 ? String(count) : `${(count / 1000).toFixed(count < 10_000 ? 1 : 0)}k`
}

function clusterItem(lane: Lane, bucket: number, bucketMs: number, gapMs: number, first: number, last: number, count: number): VisItem {
  const zoomStart = lane.starts[first] ?? 0
  let zoomEnd = zoomStart
  for (let i = first; i <= last; i++) zoomEnd = Math.max(zoomEnd, lane.ends[i] ?? 0)
  const dates = formatDayRange(zoomStart, Math.max(zoomStart, zoomEnd - 1))
  return {
    id: `cluster\u0000${lane.key}\u0000${bucketMs}\u0000${bucket}`,
    eventId: '',
    group: laneGroupId(lane.key),
    start: new Date(bucket * bucketMs),
    end: new Date((bucket + 1) * bucketMs - gapMs),
    type: 'range',
    className: 'cluster precision-day',
    style: `--item-colour: ${lane.colour}; font-weight: 600`,
    content: compactCount(count),
    label: `${count} events, ${dates}: zoom in to see them`,
    zoomStart,
    zoomEnd,
  }
}

/**
 * The vis items for a view: every item in and near the window while there are few enough;
 * otherwise dense lanes collapse into per-bucket markers with counts that split as you zoom in.
 * vis lays out each item it shows with its own reflow, so what it is given must stay bounded.
 */
export function visibleItems(model: LaneModel, view: ViewRange, selected: TimelineEvent | null, itemFor: ItemFactory): VisibleItems {
  const { items, coverage } = windowedItems(model, view, selected, itemFor)
  if (selected === null) return { items, coverage }
  return { items: items.map((item) => (item.eventId === selected.id ? { ...item, selected: true } : item)), coverage }
}

function windowedItems(model: LaneModel, view: ViewRange, selected: TimelineEvent | null, itemFor: ItemFactory): VisibleItems {
  const span = Math.max(view.end - view.start, 1)
  const from = view.start - span * MARGIN
  const to = view.end + span * MARGIN
  const inWindow = model.lanes.map((lane) => countIn(lane, view.start, view.end))
  const total = inWindow.reduce((sum, n) => sum + n, 0)
  const items: VisItem[] = []

  if (total <= ITEM_BUDGET) {
    for (const lane of model.lanes) {
      const [lo, hi] = laneRange(lane, from, to)
      pushItems(items, lane, lo, hi, itemFor)
    }
    return { items, coverage: { from, to, level: null } }
  }

  const msPerPx = span / Math.max(view.widthPx, 1)
  const level = bucketMsFor(msPerPx, BUCKET_PX)
  let bucketMs = level
  // Many lanes (e.g. by actor) multiply markers: widen buckets until vis holds a bounded number.
  for (;;) {
    items.length = 0
    const gapMs = Math.min(GAP_PX * msPerPx, bucketMs / 2)
    model.lanes.forEach((lane, l) => {
      const [lo, hi] = laneRange(lane, from, to)
      if ((inWindow[l] ?? 0) <= SPARSE_LANE) {
        pushItems(items, lane, lo, hi, itemFor)
        return
      }
      // By reference, as reading every event's id would touch each of them.
      const pinned = selected ? lane.events.indexOf(selected, lo) : -1
      for (const segment of bucketLane(lane.starts, lo, hi, bucketMs, pinned)) {
        if (segment.kind === 'item') pushItems(items, lane, segment.index, segment.index + 1, itemFor)
        else items.push(clusterItem(lane, segment.bucket, bucketMs, gapMs, segment.first, segment.last, segment.count))
      }
    })
    if (items.length <= MAX_HANDED || bucketMs * 4 > span) break
    bucketMs *= 2
  }
  return { items, coverage: { from, to, level } }
}

/** Whether a view has moved far enough from what `coverage` was computed for to need new items. */
export function needsNewItems(coverage: Coverage, view: ViewRange): boolean {
  if (view.start < coverage.from || view.end > coverage.to) return true
  const span = view.end - view.start
  const coveredSpan = (coverage.to - coverage.from) / (1 + 2 * MARGIN)
  // Not clustered: zooming out may pass the budget. Zooming in only ever shows fewer.
  if (coverage.level === null) return span > coveredSpan * 1.01
  // Clustered: a zoom that changes the bucket size re-buckets; a pan never does.
  return bucketMsFor(span / Math.max(view.widthPx, 1), BUCKET_PX) !== coverage.level
}
