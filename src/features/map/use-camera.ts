import { zoomTransform } from 'd3-zoom'
import { useCallback, useEffect, useRef, useState } from 'react'
import { canonicalCamera, MAP_LIMITS, type MapCamera } from '../../state/map-param'
import { cameraFor, fitCamera, nearlyEqual, transformFor, type LonLat, type Size, type Transform } from './mercator'
import { moveTo, useZoomEvents, type MapInstance } from './use-map-instance'

const WHOLE_WORLD: MapCamera = { lat: 20, lon: 0, zoom: 1 }

const sameCamera = (a: MapCamera | null | undefined, b: MapCamera | null) =>
  a === b || (a != null && b !== null && a.lat === b.lat && a.lon === b.lon && a.zoom === b.zoom)

/**
 * The controlled camera: the view's `camera` (null = fitted to `places`) drives the map, and the
 * reader's moves are reported back, canonical. Returns the transform to draw with (at most one
 * update a frame) and `moveBy` for keys, buttons and clusters, which count as the reader's moves.
 */
export function useCamera(
  instance: MapInstance | null,
  size: Size | null,
  camera: MapCamera | null,
  places: readonly LonLat[],
  onCameraChange: (camera: MapCamera | null) => void,
) {
  const [transform, setTransform] = useState<Transform | null>(null)
  const pending = useRef<Transform | null>(null)
  const frame = useRef(0)
  const sizeRef = useRef(size)
  // What we last reported: the store echoing it back must not move the map again.
  const reported = useRef<MapCamera | null | undefined>(undefined)
  const appliedSize = useRef<Size | null>(null)

  useEffect(() => {
    sizeRef.current = size
  }, [size])
  useEffect(() => () => cancelAnimationFrame(frame.current), [])

  const report = useCallback(
    (t: Transform) => {
      const current = sizeRef.current
      if (!current) return
      const next = canonicalCamera(cameraFor(t, current))
      reported.current = next
      onCameraChange(next)
    },
    [onCameraChange],
  )

  const onZoom = useCallback(
    (t: Transform, byUser: boolean) => {
      pending.current = t
      frame.current ||= requestAnimationFrame(() => {
        frame.current = 0
        setTransform(pending.current)
      })
      if (byUser) report(t)
    },
    [report],
  )
  useZoomEvents(instance, onZoom)

  useEffect(() => {
    if (!instance || !size) return
    const resized = appliedSize.current !== size
    appliedSize.current = size
    if (!resized && camera !== null && sameCamera(reported.current, camera)) return
    const wanted = camera ?? fitCamera(places, size) ?? WHOLE_WORLD
    const target = transformFor(wanted, size)
    const current = zoomTransform(instance.container)
    if (!nearlyEqual(current, target) || !pending.current) moveTo(instance, target)
  }, [instance, size, camera, places])

  const moveBy = useCallback(
    (change: (t: Transform, size: Size) => MapCamera) => {
      const current = sizeRef.current
      if (!instance || !current) return
      const next = change(zoomTransform(instance.container), current)
      const zoom = Math.min(MAP_LIMITS.maxZoom, Math.max(MAP_LIMITS.minZoom, next.zoom))
      const target = transformFor({ ...next, zoom }, current)
      moveTo(instance, target)
      report(target)
    },
    [instance, report],
  )

  return { transform, moveBy }
}
