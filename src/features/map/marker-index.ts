import Supercluster from 'supercluster'
import type { Place, TimelineEvent } from '../../dataset/schema'
import type { Span } from '../../domain/dataset-index'
import type { OutsideWindow, TimeWindow } from '../../state/view-state'
import { fanOut } from './fan-out'
import { project } from './mercator'

/** Events at one point; events sharing a named place share its point (the dataset checks that). */
type Site = { lon: number; lat: number; events: TimelineEvent[]; starts: number[]; inWindow: boolean[]; first: number }

type PointProps = { site: number }
type ClusterProps = { events: number; inWindow: number; first: number }

/** One button on the map: a cluster (zooms in) or an event (selects it). Positions are world pixels. */
export type MapItem =
  | { kind: 'cluster'; key: string; id: number; wx: number; wy: number; count: number; first: number; dimmed: boolean }
  | { kind: 'event'; key: string; event: TimelineEvent; place: Place; wx: number; wy: number; dx: number; dy: number; first: number; dimmed: boolean }

export type MarkerIndex = {
  /** Markers in `bbox` ([west, south, east, north]) at this zoom, in time order: the Tab order. */
  itemsIn: (bbox: [number, number, number, number], zoom: number) => MapItem[]
  expansionZoom: (clusterId: number) => number
  /** Events on the map, after the window rule. */
  shown: number
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

/**
 * Clusters the events that have a place. Outside the timeline's window, events are left out (`hide`)
 * or kept with `dimmed` set (`dim`); a cluster is dimmed when none of its events is in the window.
 * Only this step runs when the window moves: the grouping is kept.
 */
export function buildMarkerIndex(placed: PlacedEvents, window: TimeWindow | null, outside: OutsideWindow): MarkerIndex {
  const sites: Site[] = []
  let shown = 0
  for (const point of placed.points) {
    let site: Site | null = null
    point.events.forEach((event, i) => {
      const start = point.starts[i] ?? 0
      const inside = window === null || (start <= window.end && (point.ends[i] ?? start) >= window.start)
      if (!inside && outside === 'hide') return
      shown++
      site ??= { lon: point.lon, lat: point.lat, events: [], starts: [], inWindow: [], first: start }
      site.events.push(event)
      site.starts.push(start)
      site.inWindow.push(inside)
    })
    if (site) sites.push(site)
  }

  const cluster = new Supercluster<PointProps, ClusterProps>({
    radius: CLUSTER_RADIUS,
    extent: 256, // our zoom 0 is a 256 px world, as the radius is
    maxZoom: MAX_CLUSTER_ZOOM,
    map: ({ site }) => {
      const s = sites[site]
      return { events: s?.events.length ?? 0, inWindow: s?.inWindow.filter(Boolean).length ?? 0, first: s?.first ?? Infinity }
    },
    reduce: (acc, props) => {
      acc.events += props.events
      acc.inWindow += props.inWindow
      acc.first = Math.min(acc.first, props.first)
    },
  })
  cluster.load(
    sites.map((site, i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [site.lon, site.lat] }, properties: { site: i } })),
  )

  return {
    shown,
    expansionZoom: (id) => cluster.getClusterExpansionZoom(id),
    itemsIn(bbox, zoom) {
      const items: MapItem[] = []
      const level = Math.max(0, Math.round(zoom))
      for (const feature of cluster.getClusters(bbox, level)) {
        const [lon, lat] = feature.geometry.coordinates as [number, number]
        const [wx, wy] = project(lon, lat)
        const props = feature.properties
        if ('cluster' in props && props.cluster) {
          const id = props.cluster_id
          items.push({ kind: 'cluster', key: `c${level}-${id}`, id, wx, wy, count: props.events, first: props.first, dimmed: props.inWindow === 0 })
          continue
        }
        const site = sites[(props as PointProps).site]
        if (!site) continue
        const offsets = fanOut(site.events.length, 20)
        site.events.forEach((event, i) => {
          const [dx, dy] = offsets[i] ?? [0, 0]
          if (event.place) items.push({ kind: 'event', key: event.id, event, place: event.place, wx, wy, dx, dy, first: site.starts[i] ?? 0, dimmed: !site.inWindow[i] })
        })
      }
      return items.sort((a, b) => a.first - b.first || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    },
  }
}
