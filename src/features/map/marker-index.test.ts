import { describe, expect, it } from 'vitest'
import type { Place, TimelineEvent } from '../../dataset/schema'
import { makeEvent } from '../../test/make-event'
import { buildMarkerIndex as build, countInWindow, groupByPoint, pointKey, type MapItem } from './marker-index'
import type { OutsideWindow, TimeWindow } from '../../state/view-state'

const at = (lat: number, lon: number, name = 'X'): Place => ({ lat, lon, precision: 'city', gazetteer: { name, id: name } })
const PARIS = at(48.8566, 2.3522, 'Paris')
const LONDON = at(51.5072, -0.1276, 'London')
const KYIV = at(50.4501, 30.5234, 'Kyiv')

const spanOf = (event: TimelineEvent) => {
  const start = Date.parse(event.start)
  return { start, end: event.end ? Date.parse(event.end) : start }
}
/** The index with a window and rule fixed, as the map uses it for one draw. */
function buildMarkerIndex(list: TimelineEvent[], spans: typeof spanOf, window: TimeWindow | null, outside: OutsideWindow) {
  const placed = groupByPoint(list, spans)
  const index = build(placed)
  return {
    shown: countInWindow(placed, window),
    expansionZoom: index.expansionZoom,
    itemsIn: (bbox: [number, number, number, number], zoom: number) => index.itemsIn(bbox, zoom, window, outside),
  }
}
const WORLD_BOX: [number, number, number, number] = [-180, -90, 180, 90]
const counts = (items: MapItem[]) => items.map((i) => (i.kind === 'cluster' ? `${i.count}` : i.event.id))

const events = [
  makeEvent('a', { start: '2025-03-01', place: PARIS, location: 'Paris' }),
  makeEvent('b', { start: '2025-03-02', place: LONDON, location: 'London' }),
  makeEvent('c', { start: '2025-03-03', place: PARIS, location: 'Paris' }),
  makeEvent('d', { start: '2025-03-04', place: KYIV, location: 'Kyiv' }),
  makeEvent('e', { start: '2025-03-05' }),
]

describe('buildMarkerIndex', () => {
  it('clusters nearby places when zoomed out, counting events, not places', () => {
    const index = buildMarkerIndex(events, spanOf, null, 'hide')
    expect(index.shown).toBe(4)
    expect(counts(index.itemsIn(WORLD_BOX, 0))).toEqual(['4'])
    // At zoom 3 Paris and London are some 27 px apart, so one cluster; Kyiv is 300 px away.
    expect(counts(index.itemsIn(WORLD_BOX, 3))).toEqual(['3', 'd'])
    // At zoom 5 they are 110 px apart.
    expect(counts(index.itemsIn(WORLD_BOX, 5))).toEqual(['a', 'b', 'c', 'd'])
  })

  it('splits into events at their places, fanned out where they share one, in time order', () => {
    const items = buildMarkerIndex(events, spanOf, null, 'hide').itemsIn(WORLD_BOX, 8)
    expect(counts(items)).toEqual(['a', 'b', 'c', 'd'])
    const [a, , c] = items as Extract<MapItem, { kind: 'event' }>[]
    expect([a!.wx, a!.wy]).toEqual([c!.wx, c!.wy])
    expect([a!.dx, a!.dy]).not.toEqual([c!.dx, c!.dy])
  })

  it('gives a cluster a zoom that opens it', () => {
    const index = buildMarkerIndex(events, spanOf, null, 'hide')
    const [cluster] = index.itemsIn(WORLD_BOX, 0)
    expect(cluster?.kind).toBe('cluster')
    if (cluster?.kind === 'cluster') expect(index.expansionZoom(cluster.id)).toBeGreaterThan(0)
  })

  it('hides events outside the window, or dims them', () => {
    const window = { start: Date.parse('2025-03-02'), end: Date.parse('2025-03-03') }
    const hidden = buildMarkerIndex(events, spanOf, window, 'hide')
    expect(hidden.shown).toBe(2)
    expect(counts(hidden.itemsIn(WORLD_BOX, 8))).toEqual(['b', 'c'])
    const dimmed = buildMarkerIndex(events, spanOf, window, 'dim').itemsIn(WORLD_BOX, 8)
    expect(dimmed.map((i) => [counts([i])[0], i.dimmed])).toEqual([['a', true], ['b', false], ['c', false], ['d', true]])
    // A cluster with any event inside the window is not dimmed; hidden, it counts only those inside.
    expect(buildMarkerIndex(events, spanOf, window, 'dim').itemsIn(WORLD_BOX, 0).map((i) => [counts([i])[0], i.dimmed])).toEqual([['4', false]])
    expect(counts(hidden.itemsIn(WORLD_BOX, 0))).toEqual(['2'])
    // A cluster left with one event in the window is that event, at its place.
    const late = { start: Date.parse('2025-03-04'), end: Date.parse('2025-03-05') }
    expect(counts(buildMarkerIndex(events, spanOf, late, 'hide').itemsIn(WORLD_BOX, 0))).toEqual(['d'])
    const none = { start: Date.parse('2026-01-01'), end: Date.parse('2026-01-02') }
    expect(buildMarkerIndex(events, spanOf, none, 'hide').itemsIn(WORLD_BOX, 0)).toEqual([])
    expect(buildMarkerIndex(events, spanOf, none, 'dim').itemsIn(WORLD_BOX, 0)[0]?.dimmed).toBe(true)
  })

  it('counts spans that overlap the window as inside', () => {
    const long = makeEvent('long', { start: '2025-02-01', end: '2025-04-01', place: KYIV, location: 'Kyiv' })
    const window = { start: Date.parse('2025-03-10'), end: Date.parse('2025-03-11') }
    expect(buildMarkerIndex([long], spanOf, window, 'hide').shown).toBe(1)
  })

  it('keys a point by its coordinates to about a metre', () => {
    expect(pointKey(PARIS)).toBe(pointKey({ lat: 48.856600001, lon: 2.3522 }))
    expect(pointKey(PARIS)).not.toBe(pointKey({ lat: 48.85661, lon: 2.3522 }))
    expect(pointKey({ lat: 0, lon: 1 })).not.toBe(pointKey({ lat: 1, lon: 0 }))
    expect(pointKey({ lat: 90, lon: 180 })).toBeLessThan(Number.MAX_SAFE_INTEGER)
  })
})
