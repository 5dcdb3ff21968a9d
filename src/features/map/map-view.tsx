import { useLayoutEffect, useMemo, useRef, type KeyboardEvent } from 'react'
import { useActions, useMapCamera, useOutsideWindow, useSelectedId, useTimeWindow } from '../../state/store/hooks'
import { useDatasetIndex } from '../../state/use-dataset'
import { useFilteredEvents } from '../../state/use-filtered-events'
import { Button } from '../../ui/button'
import { drawBasemap } from './basemap'
import { mapCommand } from './map-keys'
import { MapMarkers } from './map-markers'
import { buildMarkerIndex, countInWindow, groupByPoint, overlaps, type MapItem } from './marker-index'
import { cameraFor, project, unproject, visibleBounds, type Size, type Transform } from './mercator'
import { useCamera } from './use-camera'
import { useDark } from './use-dark'
import { useMapInstance, useSize } from './use-map-instance'
import { useSettled } from './use-settled'
import './map.css'

/** The map follows the timeline's window once it has been still this long, not at every pan frame. */
const WINDOW_SETTLE_MS = 200

/** Room kept round the edge when a selection is brought into view, in pixels. */
const REVEAL_MARGIN = 32

function colours(canvas: HTMLCanvasElement) {
  const style = getComputedStyle(canvas)
  return {
    water: style.getPropertyValue('--map-water').trim() || '#dbeafe',
    land: style.getPropertyValue('--map-land').trim() || '#f1f5f9',
    border: style.getPropertyValue('--map-border').trim() || '#94a3b8',
  }
}

/** The map: an offline Natural Earth basemap on a canvas, with the filtered events as buttons over it. */
export default function MapView() {
  const { spanOf } = useDatasetIndex()
  const events = useFilteredEvents()
  const selectedId = useSelectedId()
  const timeWindow = useSettled(useTimeWindow(), WINDOW_SETTLE_MS)
  const outside = useOutsideWindow()
  const camera = useMapCamera()
  const { select, setMapCamera, setOutsideWindow } = useActions()

  // Grouping and clustering follow the filters; the window is applied as markers are drawn.
  const placed = useMemo(() => groupByPoint(events, spanOf), [events, spanOf])
  const markers = useMemo(() => buildMarkerIndex(placed), [placed])
  const shownCount = useMemo(() => countInWindow(placed, timeWindow), [placed, timeWindow])

  const { containerRef, instance } = useMapInstance()
  const size = useSize(instance)
  const { transform, moveBy } = useCamera(instance, size, camera, placed.points, setMapCamera)

  const canvasRef = useRef<HTMLCanvasElement>(null)
  const dark = useDark()
  useLayoutEffect(() => {
    const canvas = canvasRef.current
    if (!canvas || !transform || !size) return
    drawBasemap(canvas, transform, size, colours(canvas))
    canvas.dataset.drawn = 'true'
  }, [transform, size, dark])

  const items = useMemo(
    () => (transform && size ? withSelection(markers.itemsIn(visibleBounds(transform, size, 12), Math.log2(transform.k), timeWindow, outside), selectedId, events, spanOf, timeWindow, outside) : []),
    [markers, transform, size, selectedId, events, spanOf, timeWindow, outside],
  )

  // A selection made elsewhere (timeline, list, Previous/Next) is brought into view if it is off screen.
  const lastSelected = useRef(selectedId)
  useLayoutEffect(() => {
    if (lastSelected.current === selectedId) return
    lastSelected.current = selectedId
    const place = selectedId ? events.find((e) => e.id === selectedId)?.place : undefined
    if (!place || !transform || !size) return
    const [wx, wy] = project(place.lon, place.lat)
    const sx = wx * transform.k + transform.x
    const sy = wy * transform.k + transform.y
    if (sx >= REVEAL_MARGIN && sx <= size.width - REVEAL_MARGIN && sy >= REVEAL_MARGIN && sy <= size.height - REVEAL_MARGIN) return
    moveBy((t) => ({ lat: place.lat, lon: place.lon, zoom: Math.log2(t.k) }))
  }, [selectedId, events, transform, size, moveBy])

  const zoomBy = (levels: number) => moveBy((t, s) => ({ ...cameraFor(t, s), zoom: Math.log2(t.k) + levels }))
  const panBy = ([dx, dy]: [number, number]) => moveBy((t: Transform, s: Size) => cameraFor({ ...t, x: t.x - dx, y: t.y - dy }, s))

  // A cluster's button goes when the zoom changes: focus moves to the map first, so it is not lost.
  const keepFocus = () => {
    if (instance && document.activeElement?.closest('[data-cluster]')) instance.container.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const command = mapCommand(event)
    if (!command) return
    event.preventDefault()
    keepFocus()
    if ('pan' in command) panBy(command.pan)
    else zoomBy(command.zoom === 'in' ? 1 : -1)
  }

  const located = placed.count
  const hidden = located - shownCount
  return (
    <section aria-labelledby="map-heading" className="flex min-w-0 flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="map-heading" className="text-lg font-semibold text-slate-900 dark:text-slate-100">
          Map
        </h2>
        <div role="group" aria-label="Map zoom" className="flex gap-1.5">
          <Button onClick={() => zoomBy(1)} aria-label="Zoom the map in">
            +
          </Button>
          <Button onClick={() => zoomBy(-1)} aria-label="Zoom the map out">
            −
          </Button>
          <Button onClick={() => setMapCamera(null)}>Fit map</Button>
        </div>
      </div>
      <div
        ref={containerRef}
        role="group"
        aria-label="Map of events"
        aria-describedby="map-keys-hint"
        tabIndex={0}
        onKeyDown={onKeyDown}
        className="relative h-[calc(100vh-15rem)] min-h-[24rem] [contain:strict] cursor-grab touch-none overflow-hidden rounded-lg border border-slate-300 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700 active:cursor-grabbing dark:border-slate-600 dark:focus-visible:outline-blue-400"
      >
        <canvas
          ref={canvasRef}
          aria-hidden="true"
          className="absolute inset-0 h-full w-full [--map-border:#94a3b8] [--map-land:#f8fafc] [--map-water:#cfe0f0] dark:[--map-border:#64748b] dark:[--map-land:#334155] dark:[--map-water:#0f172a]"
        />
        {transform && (
          <MapMarkers
            items={items}
            transform={transform}
            selectedId={selectedId}
            onSelect={(event) => select(event.id)}
            onOpenCluster={(cluster) => {
              keepFocus()
              moveBy(() => {
                const [lon, lat] = unproject(cluster.wx, cluster.wy)
                return { lat, lon, zoom: markers.expansionZoom(cluster.id) }
              })
            }}
          />
        )}
        <p className="pointer-events-none absolute right-1 bottom-1 rounded bg-white/80 px-1.5 text-[0.7rem] text-slate-700 dark:bg-slate-900/80 dark:text-slate-300">
          Basemap: Natural Earth (public domain)
        </p>
      </div>
      <label className="flex items-center gap-1.5 text-sm text-slate-800 dark:text-slate-200">
        <input type="checkbox" checked={outside === 'dim'} onChange={(e) => setOutsideWindow(e.target.checked ? 'dim' : 'hide')} />
        Show events outside the timeline’s window, faint
      </label>
      <p id="map-keys-hint" className="text-xs text-slate-600 dark:text-slate-400">
        {located.toLocaleString('en-GB')} of {events.length.toLocaleString('en-GB')} events have a place
        {hidden > 0 && `; ${hidden.toLocaleString('en-GB')} outside the timeline’s window are hidden`}. Drag or scroll to move · with the
        map focused: arrow keys pan, + − zoom, Tab goes through the markers in time order
      </p>
    </section>
  )
}

/** The selected event stays visible as its own marker, on top of the cluster that holds it. */
function withSelection(
  items: MapItem[],
  selectedId: string | null,
  events: ReturnType<typeof useFilteredEvents>,
  spanOf: ReturnType<typeof useDatasetIndex>['spanOf'],
  timeWindow: ReturnType<typeof useTimeWindow>,
  outside: ReturnType<typeof useOutsideWindow>,
): MapItem[] {
  if (!selectedId || items.some((i) => i.kind === 'event' && i.event.id === selectedId)) return items
  const event = events.find((e) => e.id === selectedId)
  if (!event?.place) return items
  const inside = overlaps(spanOf(event), timeWindow)
  if (!inside && outside === 'hide') return items
  const [wx, wy] = project(event.place.lon, event.place.lat)
  const first = spanOf(event).start
  const item: MapItem = { kind: 'event', key: event.id, event, place: event.place, wx, wy, dx: 0, dy: 0, first, dimmed: !inside }
  const at = items.findIndex((i) => i.first > first)
  return at === -1 ? [...items, item] : [...items.slice(0, at), item, ...items.slice(at)]
}
