import { describe, expect, it } from 'vitest'
import { cameraFor, fitCamera, nearlyEqual, project, transformFor, unproject, visibleBounds, WORLD } from './mercator'

const size = { width: 800, height: 600 }

describe('web mercator', () => {
  it('puts 0°, 0° in the middle of the world and the antimeridian at its edges', () => {
    expect(project(0, 0)).toEqual([WORLD / 2, WORLD / 2])
    expect(project(-180, 0)[0]).toBe(0)
    expect(project(180, 0)[0]).toBe(WORLD)
    expect(project(0, 85.05112878)[1]).toBeCloseTo(0, 5)
  })

  it('unprojects what it projects', () => {
    const [x, y] = project(2.3522, 48.8566)
    const [lon, lat] = unproject(x, y)
    expect(lon).toBeCloseTo(2.3522, 9)
    expect(lat).toBeCloseTo(48.8566, 9)
  })

  it('puts the camera centre in the middle of the screen, at 2^zoom', () => {
    const camera = { lat: 48.8566, lon: 2.3522, zoom: 5 }
    const t = transformFor(camera, size)
    const [wx, wy] = project(camera.lon, camera.lat)
    expect(t.k).toBe(32)
    expect(wx * t.k + t.x).toBeCloseTo(400, 9)
    expect(wy * t.k + t.y).toBeCloseTo(300, 9)
    const back = cameraFor(t, size)
    expect(back.lat).toBeCloseTo(camera.lat, 9)
    expect(back.lon).toBeCloseTo(camera.lon, 9)
    expect(back.zoom).toBeCloseTo(5, 12)
  })

  it('gives the bounds on screen', () => {
    const [west, south, east, north] = visibleBounds(transformFor({ lat: 0, lon: 0, zoom: 2 }, size), size)
    expect(west).toBeCloseTo(-140.625, 6) // 400 px of a 1024 px world
    expect(east).toBeCloseTo(140.625, 6)
    expect(north).toBeGreaterThan(0)
    expect(south).toBeCloseTo(-north, 9)
  })

  it('fits points with padding, and a lone point at the maximum fitted zoom', () => {
    const paris = { lon: 2.3522, lat: 48.8566 }
    const kyiv = { lon: 30.5234, lat: 50.4501 }
    const fitted = fitCamera([paris, kyiv], size)!
    const t = transformFor(fitted, size)
    for (const p of [paris, kyiv]) {
      const [x] = project(p.lon, p.lat)
      const sx = x * t.k + t.x
      expect(sx).toBeGreaterThanOrEqual(39.9)
      expect(sx).toBeLessThanOrEqual(760.1)
    }
    expect(fitCamera([paris], size)!.zoom).toBe(6)
    expect(fitCamera([], size)).toBeNull()
  })

  it('treats sub-pixel differences as the same view', () => {
    const t = transformFor({ lat: 50, lon: 10, zoom: 4 }, size)
    expect(nearlyEqual(t, { ...t, x: t.x + 1 })).toBe(true)
    expect(nearlyEqual(t, { ...t, x: t.x + 3 })).toBe(false)
    expect(nearlyEqual(t, { ...t, k: t.k * 1.1 })).toBe(false)
  })
})
