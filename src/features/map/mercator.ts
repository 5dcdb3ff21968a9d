import { MAP_LIMITS, type MapCamera } from '../../state/map-param'

/** The world's width in pixels at zoom 0, as in web map tiles. */
export const WORLD = 256

/** Web Mercator: degrees to world pixels at zoom 0 (x east from -180°, y south from +85.05°). */
export function project(lon: number, lat: number): [number, number] {
  const clamped = Math.max(-MAP_LIMITS.maxLat, Math.min(MAP_LIMITS.maxLat, lat))
  const sin = Math.sin((clamped * Math.PI) / 180)
  const x = ((lon + 180) / 360) * WORLD
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD
  return [x, y]
}

export function unproject(x: number, y: number): [number, number] {
  const lon = (x / WORLD) * 360 - 180
  const n = Math.PI - (2 * Math.PI * y) / WORLD
  const lat = (180 / Math.PI) * Math.atan(Math.sinh(n))
  return [lon, lat]
}

/** d3-zoom's transform: a screen point is world * k + (x, y). */
export type Transform = { k: number; x: number; y: number }
export type Size = { width: number; height: number }

export function transformFor({ lat, lon, zoom }: MapCamera, { width, height }: Size): Transform {
  const k = 2 ** zoom
  const [wx, wy] = project(lon, lat)
  return { k, x: width / 2 - wx * k, y: height / 2 - wy * k }
}

export function cameraFor({ k, x, y }: Transform, { width, height }: Size): MapCamera {
  const [lon, lat] = unproject((width / 2 - x) / k, (height / 2 - y) / k)
  return { lat, lon, zoom: Math.log2(k) }
}

/** West, south, east, north of what is on screen, widened by `margin` pixels, for supercluster. */
export function visibleBounds({ k, x, y }: Transform, { width, height }: Size, margin = 0): [number, number, number, number] {
  const [west, north] = unproject((-margin - x) / k, (-margin - y) / k)
  const [east, south] = unproject((width + margin - x) / k, (height + margin - y) / k)
  return [Math.max(-180, west), Math.max(-90, south), Math.min(180, east), Math.min(90, north)]
}

export type LonLat = { lon: number; lat: number }

/**
 * The camera that shows every point with `padding` pixels to spare, no closer than `maxZoom` (one city
 * alone would otherwise fill the screen) and no further out than the whole world.
 */
export function fitCamera(points: readonly LonLat[], size: Size, padding = 40, maxZoom = 6): MapCamera | null {
  if (points.length === 0) return null
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const { lon, lat } of points) {
    const [x, y] = project(lon, lat)
    minX = Math.min(minX, x)
    maxX = Math.max(maxX, x)
    minY = Math.min(minY, y)
    maxY = Math.max(maxY, y)
  }
  const room = (pixels: number, extent: number) => Math.max(pixels - 2 * padding, 1) / Math.max(extent, 1e-9)
  const k = Math.min(room(size.width, maxX - minX), room(size.height, maxY - minY), 2 ** maxZoom)
  const zoom = Math.max(MAP_LIMITS.minZoom, Math.log2(k))
  const [lon, lat] = unproject((minX + maxX) / 2, (minY + maxY) / 2)
  return { lat, lon, zoom }
}

/** Whether two transforms differ by less than a pixel and a hundredth of a zoom level: an echo, not a move. */
export function nearlyEqual(a: Transform, b: Transform): boolean {
  return Math.abs(Math.log2(a.k) - Math.log2(b.k)) < 0.006 && Math.abs(a.x - b.x) < 1.5 && Math.abs(a.y - b.y) < 1.5
}
