import Supercluster from 'supercluster'
import type { Place, TimelineEvent } from '../../dataset/schema'
import type { Span } from '../../domain/dataset-index'
import type { OutsideWindow, TimeWindow } from '../../state/view-state'
import { fanOut } from './fan-out'
import { project } from './mercator'

type PointProps = { point: number }
type ClusterProps = { events: number; first: number }

/** One button on the map: a cluster (zooms in) or an event (selects it). Positions are world pixels. */
export type MapItem =
  | { kind: 'cluster'; key: string; id: number; wx: number; wy: number; count: number; first: number; dimmed: boolean }
  | { kind: 'event'; key: string; event: TimelineEvent; place: Place; wx: number; wy: number; dx: number; dy: number; first: number; dimmed: boolean }

export type MarkerIndex = {
  /**
   * Markers in `bbox` ([west, south, east, north]) at this zoom, in time order (the Tab order), for
   * this window: outside it, events are left out (`hide`) or dimmed (`dim`); a cluster counts and
   * orders by its events in the window, and is dimmed or left out when it has none.
   */
  itemsIn: (bbox: [number, number, number, number], zoom: number, window: TimeWindow | null, outside: OutsideWindow) => MapItem[]
  expansionZoom: (clusterId: number) => number
}

/** Marker radius the clusters keep between them, in screen pixels. */
export const CLUSTER_RADIUS = 44
const MAX_CLUSTER_ZOOM = 10

/**
 * One number per point, to about a metre: formatting coordinates into string keys took most of the
 * build at 100,000 events. Latitude's part is below 1.8e7 and longitude's below 3.6e7, so this is exact.
 */
export function pointKey({ lat, lon }: { lat: number; lon: number }): number {
  return Math.round((lat + 90) * 1e5) * 4e7 + Math.round((lon + 180) * 1e5)
}

export function overlaps(span: Span, window: TimeWindow | null): boolean {
  if (window === null) return true
  return span.start <= window.end && Math.max(span.end, span.start) >= window.start
}

/** The events with a place, grouped by point, with their spans: rebuilt only when the filters change. */
export type PlacedEvents = {
  points: { lon: number; lat: number; events: TimelineEvent[]; starts: number[]; ends: number[] }[]
  count: number
}

/** Groups the filtered events by point; `events` arrive in time order and keep it within each point. */
export function groupByPoint(events: readonly TimelineEvent[], spanOf: (event: TimelineEvent) => Span): PlacedEvents {
  const points: PlacedEvents['points'] = []
  const at = new Map<number, PlacedEvents['points'][number]>()
  let count = 0
  for (const event of events) {
    const { place } = event
    if (!place) continue
    count++
    const key = pointKey(place)
    let point = at.get(key)
    if (!point) {
      point = { lon: place.lon, lat: place.lat, events: [], starts: [], ends: [] }
      at.set(key, point)
      points.push(point)
    }
    const span = spanOf(event)
    point.events.push(event)
    point.starts.push(span.start)
    point.ends.push(Math.max(span.start, span.end))
  }
  return { points, count }
}

/** How many of the placed events overlap the window. */
export function countInWindow(placed: PlacedEvents, window: TimeWindow | null): number {
  if (window === null) return placed.count
  let count = 0
  for (const point of placed.points) {
    for (let i = 0; i < point.starts.length; i++) if (inside(point, i, window)) count++
  }
  return count
}

const inside = (point: PlacedEvents['points'][number], i: number, window: TimeWindow | null) =>
  window === null || ((point.starts[i] ?? 0) <= window.end && (point.ends[i] ?? 0) >= window.start)

/**
 * Clusters the points once per set of filtered events. The timeline's window moves at every pan, and
 * reclustering 100,000 events then cost a long task each time, so the window is applied when
 * markers are asked for: a cluster's events in the window are counted from its leaves, once per
 * window and cluster, and only for clusters on screen. A cluster's position is that of all its
 * events, in the window or not.
 */
export function buildMarkerIndex(placed: PlacedEvents): MarkerIndex {
  const { points } = placed
  const cluster = new Supercluster<PointProps, ClusterProps>({
    radius: CLUSTER_RADIUS,
    extent: 256, // our zoom 0 is a 256 px world, as the radius is
    maxZoom: MAX_CLUSTER_ZOOM,
    map: ({ point }) => ({ events: points[point]?.events.length ?? 0, first: points[point]?.starts[0] ?? Infinity }),
    reduce: (acc, props) => {
      acc.events += props.events
      acc.first = Math.min(acc.first, props.first)
    },
  })
  cluster.load(
    points.map((point, i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [point.lon, point.lat] }, properties: { point: i } })),
  )

  type Tally = { count: number; first: number; lone: number | null }
  let tallies = new Map<string, Tally>()
  let talliedFor: TimeWindow | null | undefined
  const tally = (key: string, id: number, window: TimeWindow | null): Tally => {
    if (talliedFor !== window) {
      tallies = new Map()
      talliedFor = window
    }
    let found = tallies.get(key)
    if (!found) {
      found = { count: 0, first: Infinity, lone: null }
      for (const leaf of cluster.getLeaves(id, Infinity)) {
        const index = leaf.properties.point
        const point = points[index]
        if (!point) continue
        for (let i = 0; i < point.starts.length; i++) {
          if (!inside(point, i, window)) continue
          found.count++
          found.first = Math.min(found.first, point.starts[i] ?? Infinity)
          found.lone = index
        }
      }
      tallies.set(key, found)
    }
    return found
  }

  const eventsAt = (items: MapItem[], index: number, window: TimeWindow | null, outside: OutsideWindow) => {
    const point = points[index]
    if (!point) return
    const [wx, wy] = project(point.lon, point.lat)
    const shown = point.events.map((event, i) => ({ event, i, inWindow: inside(point, i, window) })).filter((e) => e.inWindow || outside === 'dim')
    const offsets = fanOut(shown.length, 20)
    shown.forEach(({ event, i, inWindow }, n) => {
      const [dx, dy] = offsets[n] ?? [0, 0]
      if (event.place) items.push({ kind: 'event', key: event.id, event, place: event.place, wx, wy, dx, dy, first: point.starts[i] ?? 0, dimmed: !inWindow })
    })
  }

  return {
    expansionZoom: (id) => cluster.getClusterExpansionZoom(id),
    itemsIn(bbox, zoom, window, outside) {
      const items: MapItem[] = []
      const level = Math.max(0, Math.round(zoom))
      for (const feature of cluster.getClusters(bbox, level)) {
        const props = feature.properties
        if (!('cluster' in props && props.cluster)) {
          eventsAt(items, (props as PointProps).point, window, outside)
          continue
        }
        const id = props.cluster_id
        const key = `c${level}-${id}`
        const [lon, lat] = feature.geometry.coordinates as [number, number]
        const [wx, wy] = project(lon, lat)
        if (window === null) {
          items.push({ kind: 'cluster', key, id, wx, wy, count: props.events, first: props.first, dimmed: false })
          continue
        }
        const { count, first, lone } = tally(key, id, window)
        if (outside === 'dim') items.push({ kind: 'cluster', key, id, wx, wy, count: props.events, first: props.first, dimmed: count === 0 })
        else if (count > 1) items.push({ kind: 'cluster', key, id, wx, wy, count, first, dimmed: false })
        // A cluster with one event in the window is that event, at its own place.
        else if (count === 1 && lone !== null) eventsAt(items, lone, window, outside)
      }
      return items.sort((a, b) => a.first - b.first || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    },
  }
}
