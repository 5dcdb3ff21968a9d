import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../dataset/schema'
import { DAY_MS } from '../../domain/dates'
import { buildVocabulary } from '../../domain/categories'
import { DEFAULT_CATEGORIES } from '../../dataset/schema'
import { laneModelOf } from '../../test/lane-model'
import { createItemCache } from './to-vis-items'
import { ITEM_BUDGET, needsNewItems, visibleItems } from './visible-items'

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * DAY_MS).toISOString().slice(0, 10)

function makeEvents(count: number, perDay: number, category: TimelineEvent['category'] = 'summit'): TimelineEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${category}-${i}`,
    title: `Event ${i}`,
    summary: 'x',
    start: day(Math.floor(i / perDay)),
    precision: 'day' as const,
    category,
    countries: ['FR'],
    actors: [],
    quotes: [],
    sources: [{ source: 's' }],
    disputes: [],
  }))
}

const categories = buildVocabulary(DEFAULT_CATEGORIES)
const names = { actorsById: new Map(), categories }
const itemFor = createItemCache(categories)

const view = (fromDay: number, toDay: number, widthPx = 1000) => ({
  start: Date.UTC(2025, 0, 1) + fromDay * DAY_MS,
  end: Date.UTC(2025, 0, 1) + toDay * DAY_MS,
  widthPx,
})

describe('visibleItems', () => {
  it('hands over every event in and near the window while they fit the budget', () => {
    const laneEvents = makeEvents(100, 1)
    const model = laneModelOf(laneEvents, 'category', names)
    const { items, coverage } = visibleItems(model, view(40, 60), null, itemFor)
    const days = items.map((i) => (i.start.getTime() - Date.UTC(2025, 0, 1)) / DAY_MS)
    // Half a window either side: days 30 to 69.
    expect(Math.min(...days)).toBe(30)
    expect(Math.max(...days)).toBe(69)
    expect(items.every((i) => i.zoomStart === undefined)).toBe(true)
    expect(coverage.level).toBeNull()
  })

  it('clusters a dense lane into counted markers, keeping the total', () => {
    const events = makeEvents(5000, 50)
    const model = laneModelOf(events, 'category', names)
    const { items, coverage } = visibleItems(model, view(0, 100), null, itemFor)
    expect(items.length).toBeLessThan(ITEM_BUDGET)
    expect(coverage.level).not.toBeNull()
    const clusters = items.filter((i) => i.zoomStart !== undefined)
    expect(clusters.length).toBeGreaterThan(0)
    const represented = clusters.reduce((sum, c) => sum + Number(c.label.split(' ')[0]), 0) + items.length - clusters.length
    expect(represented).toBe(events.length)
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
  })

  it('always shows the selected event on its own', () => {
    const laneEvents = makeEvents(5000, 50)
    const model = laneModelOf(laneEvents, 'category', names)
    const { items } = visibleItems(model, view(0, 100), laneEvents[1234] ?? null, itemFor)
    expect(items.filter((i) => i.eventId === 'summit-1234')).toHaveLength(1)
  })

  it('marks every copy of the selected event as selected, and nothing else', () => {
    const laneEvents = makeEvents(100, 1)
    const model = laneModelOf(laneEvents, 'category', names)
    const { items } = visibleItems(model, view(40, 60), laneEvents[50] ?? null, itemFor)
    expect(items.filter((i) => i.selected).map((i) => i.eventId)).toEqual(['summit-50'])
    expect(visibleItems(model, view(40, 60), null, itemFor).items.some((i) => i.selected)).toBe(false)
  })

  it('splits clusters into events as you zoom in', () => {
    const laneEvents = makeEvents(5000, 50)
    const model = laneModelOf(laneEvents, 'category', names)
    const { items } = visibleItems(model, view(10, 12), null, itemFor)
    expect(items.some((i) => i.zoomStart !== undefined)).toBe(false)
  })
})

describe('needsNewItems', () => {
  const laneEvents = makeEvents(5000, 50)
  const model = laneModelOf(laneEvents, 'category', names)
  const { coverage } = visibleItems(model, view(0, 100), null, itemFor)

  it('not for a small pan at the same zoom', () => {
    expect(needsNewItems(coverage, view(10, 110))).toBe(false)
  })

  it('for a pan past the margin or a zoom across a bucket size', () => {
    expect(needsNewItems(coverage, view(60, 160))).toBe(true)
    expect(needsNewItems(coverage, view(0, 20))).toBe(true)
  })
})
