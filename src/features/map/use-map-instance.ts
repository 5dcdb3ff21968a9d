import { select, type Selection } from 'd3-selection'
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior } from 'd3-zoom'
import { useCallback, useEffect, useState } from 'react'
import { MAP_LIMITS } from '../../state/map-param'
import { WORLD, type Size, type Transform } from './mercator'

export type MapInstance = {
  container: HTMLDivElement
  behaviour: ZoomBehavior<HTMLDivElement, unknown>
  selection: Selection<HTMLDivElement, unknown, null, undefined>
}

/**
 * Creates the pan and zoom behaviour once its container is in the page and removes it with the
 * container, as react-leaflet's MapContainer does: a ref callback with a cleanup.
 */
export function useMapInstance() {
  const [instance, setInstance] = useState<MapInstance | null>(null)
  const containerRef = useCallback((container: HTMLDivElement | null) => {
    if (!container) return
    const behaviour = zoom<HTMLDivElement, unknown>()
      .scaleExtent([2 ** MAP_LIMITS.minZoom, 2 ** MAP_LIMITS.maxZoom])
      .translateExtent([
        [0, 0],
        [WORLD, WORLD],
      ])
      // d3's default, except that a double click on a marker is two clicks, not a zoom.
      .filter((event: Event & { ctrlKey?: boolean; button?: number }) => {
        if (event.type === 'dblclick' && event.target instanceof Element && event.target.closest('button')) return false
        return (!event.ctrlKey || event.type === 'wheel') && !event.button
      })
    const selection = select(container)
    selection.call(behaviour)
    setInstance({ container, behaviour, selection })
    return () => {
      setInstance(null)
      selection.on('.zoom', null)
    }
  }, [])
  return { containerRef, instance }
}

/** The container's size, kept up to date; null until first measured. */
export function useSize(instance: MapInstance | null): Size | null {
  const [size, setSize] = useState<Size | null>(null)
  useEffect(() => {
    if (!instance) return
    const { container } = instance
    // A ResizeObserver reports once when it starts observing, so no first measurement is needed here.
    const observer = new ResizeObserver(() => {
      const { clientWidth: width, clientHeight: height } = container
      if (width > 0 && height > 0) setSize((prev) => (prev?.width === width && prev.height === height ? prev : { width, height }))
    })
    observer.observe(container)
    return () => observer.disconnect()
  }, [instance])
  return instance ? size : null
}

/** Each move of the map, user's or ours; `byUser` tells a drag, wheel or pinch from a programmatic one. */
export function useZoomEvents(instance: MapInstance | null, onZoom: (transform: Transform, byUser: boolean) => void) {
  useEffect(() => {
    if (!instance) return
    instance.behaviour.on('zoom.react', (event: D3ZoomEvent<HTMLDivElement, unknown>) => {
      const { k, x, y } = event.transform
      onZoom({ k, x, y }, event.sourceEvent != null)
    })
    return () => void instance.behaviour.on('zoom.react', null)
  }, [instance, onZoom])
}

/** Moves the map without it counting as the reader's move. */
export function moveTo(instance: MapInstance, t: Transform): void {
  instance.selection.call(instance.behaviour.transform, zoomIdentity.translate(t.x, t.y).scale(t.k))
}
