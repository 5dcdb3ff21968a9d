import { geoMercator, geoPath, type GeoContext } from 'd3-geo'
import { feature, mesh } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
// Natural Earth 1:110m land and countries (public domain), bundled: the page asks no other site.
import atlas from 'world-atlas/countries-110m.json'
import { WORLD, type Size, type Transform } from './mercator'

type Atlas = Topology<{ countries: GeometryCollection; land: GeometryCollection }>

export type Basemap = { land: Path2D; borders: Path2D }

let built: Basemap | null = null

/**
 * Land and borders projected once into world pixels at zoom 0; each frame only scales them
 * (a canvas transform), so panning costs one fill and one stroke whatever the zoom.
 */
export function basemap(): Basemap {
  if (built) return built
  const topology = atlas as unknown as Atlas
  // Precision 0: no adaptive resampling, which at zoom 0 would drop detail needed when zoomed in.
  const projection = geoMercator().scale(WORLD / (2 * Math.PI)).translate([WORLD / 2, WORLD / 2]).precision(0)
  const land = new Path2D()
  geoPath(projection, pathContext(land))(feature(topology, topology.objects.land))
  const borders = new Path2D()
  geoPath(projection, pathContext(borders))(mesh(topology, topology.objects.countries, (a, b) => a !== b))
  built = { land, borders }
  return built
}

/** d3-geo draws into anything with a canvas context's path methods; a Path2D lacks only beginPath. */
function pathContext(path: Path2D): GeoContext {
  return {
    beginPath: () => {},
    moveTo: (x, y) => path.moveTo(x, y),
    lineTo: (x, y) => path.lineTo(x, y),
    arc: (x, y, radius, start, end) => path.arc(x, y, radius, start, end),
    closePath: () => path.closePath(),
  }
}

export type BasemapColours = { water: string; land: string; border: string }

export function drawBasemap(canvas: HTMLCanvasElement, t: Transform, size: Size, colours: BasemapColours): void {
  const ctx = canvas.getContext('2d')
  if (!ctx) return
  const dpr = window.devicePixelRatio || 1
  const width = Math.round(size.width * dpr)
  const height = Math.round(size.height * dpr)
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width
    canvas.height = height
  }
  const { land, borders } = basemap()
  ctx.setTransform(1, 0, 0, 1, 0, 0)
  ctx.fillStyle = colours.water
  ctx.fillRect(0, 0, width, height)
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y)
  ctx.fillStyle = colours.land
  ctx.fill(land)
  ctx.strokeStyle = colours.border
  ctx.lineWidth = 0.75 / t.k
  ctx.stroke(borders)
}
