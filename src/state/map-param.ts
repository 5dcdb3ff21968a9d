import { quote, type Param } from './param-kinds'

/** Where the map looks: its centre in WGS 84 degrees and its zoom (0 = the world in 256 px). */
export type MapCamera = { lat: number; lon: number; zoom: number }

/** Web Mercator stops at ±85.05°; the basemap is Natural Earth 1:110m, useless much past zoom 12. */
export const MAP_LIMITS = { minZoom: 0, maxZoom: 12, maxLat: 85.05112878 } as const

const NUMBER = String.raw`-?\d{1,3}(?:\.\d{1,12})?`
const SHAPE = new RegExp(`^(${NUMBER}),(${NUMBER}),(${NUMBER})$`)

/** Enough decimals for one screen pixel at this zoom, and no more: 0 at the world, 4 at a city block. */
export function decimalsFor(zoom: number): number {
  const pixelsPerDegree = (256 * 2 ** zoom) / 360
  return Math.min(6, Math.max(0, Math.ceil(Math.log10(pixelsPerDegree))))
}

const round = (value: number, decimals: number) => {
  const factor = 10 ** decimals
  const rounded = Math.round(value * factor) / factor
  return rounded === 0 ? 0 : rounded // no "-0" in links
}

/** One spelling per camera: zoom to 0.01, the centre to about a pixel, longitude in [-180, 180). */
export function canonicalCamera({ lat, lon, zoom }: MapCamera): MapCamera {
  const z = round(Math.min(MAP_LIMITS.maxZoom, Math.max(MAP_LIMITS.minZoom, zoom)), 2)
  const decimals = decimalsFor(z)
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180
  return {
    lat: round(Math.min(MAP_LIMITS.maxLat, Math.max(-MAP_LIMITS.maxLat, lat)), decimals),
    lon: round(wrapped, decimals) === 180 ? -180 : round(wrapped, decimals),
    zoom: z,
  }
}

function cameraProblem({ lat, lon, zoom }: MapCamera): string | null {
  if (zoom < MAP_LIMITS.minZoom || zoom > MAP_LIMITS.maxZoom) return `zoom outside ${MAP_LIMITS.minZoom}–${MAP_LIMITS.maxZoom}`
  if (Math.abs(lat) > 90) return 'latitude outside ±90'
  if (Math.abs(lon) > 180) return 'longitude outside ±180'
  return null
}

/**
 * The map's camera as `lat,lon,zoom` (the order of a "@48.9,2.4,5z" map link), e.g. `m=48.9,2.4,5`; null (not written)
 * is "fitted to the events", as the timeline's null window is. Pans and zooms are throttled into history.
 */
export function mapParam(key: string): Param<MapCamera | null> {
  return {
    key,
    defaultValue: null,
    history: 'throttled',
    canonical: (camera) => (camera === null ? null : canonicalCamera(camera)),
    equal: (a, b) => a === b || (a !== null && b !== null && a.lat === b.lat && a.lon === b.lon && a.zoom === b.zoom),
    serialise(camera) {
      if (camera === null || ![camera.lat, camera.lon, camera.zoom].every(Number.isFinite)) return ''
      const { lat, lon, zoom } = canonicalCamera(camera)
      return `${lat},${lon},${zoom}`
    },
    parse(raw, notes) {
      const match = SHAPE.exec(raw)
      if (!match) {
        notes.push(`map view ${quote(raw)} is not latitude,longitude,zoom`)
        return null
      }
      const camera = { lat: Number(match[1]), lon: Number(match[2]), zoom: Number(match[3]) }
      const problem = cameraProblem(camera)
      if (problem === null) return canonicalCamera(camera)
      notes.push(`map view ${quote(raw)} is absurd (${problem})`)
      return null
    },
  }
}
