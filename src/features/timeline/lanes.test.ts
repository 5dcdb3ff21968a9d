import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../dataset/schema'
import { DEFAULT_CATEGORIES } from '../../dataset/schema'
import { emptyBits, setBit } from '../../domain/bitset'
import { buildVocabulary } from '../../domain/categories'
import { eventSpan, isPointEvent } from '../../domain/dates'
import { buildFilterIndex } from '../../domain/filter-index'
import { sortEvents } from '../../domain/sort-events'
import type { LaneGrouping } from '../../state/view-state'
import { makeEvent } from '../../test/make-event'
import { buildLaneModel } from './lanes'

const names = { actorsById: new Map(), categories: buildVocabulary(DEFAULT_CATEGORIES) }

/** Lanes the plain way, event by event: what the bitset build must equal. */
function referenceLanes(events: readonly TimelineEvent[], grouping: LaneGrouping) {
  const lanes = new Map<string, [string, number, number][]>()
  for (const event of events) {
    const keys = grouping === 'category' ? [event.category] : grouping === 'country' ? event.countries : event.actors
    const none = grouping === 'country' ? '(no country)' : '(none)'
    const span = eventSpan(event)
    for (const key of new Set(keys.length ? keys : [none])) {
      const lane = lanes.get(key) ?? []
      lane.push([event.id, span.start, isPointEvent(event) ? span.start : span.end])
      lanes.set(key, lane)
    }
  }
  return lanes
}

const anEvent = fc.record({
  day: fc.integer({ min: 1, max: 28 }),
  precision: fc.constantFrom('day', 'week', 'month', 'year'),
  category: fc.constantFrom('summit', 'military', 'leak'),
  countries: fc.array(fc.constantFrom('FR', 'GB', 'UA'), { maxLength: 3 }),
  actors: fc.array(fc.constantFrom('macron', 'starmer', 'constructor'), { maxLength: 3 }),
  shown: fc.boolean(),
})

describe('buildLaneModel', () => {
  it('puts each shown event in each of its lanes once, in time order, with a point ending where it starts', () => {
    fc.assert(
      fc.property(fc.array(anEvent, { maxLength: 80 }), fc.constantFrom<LaneGrouping>('category', 'country', 'actor'), (drawn, grouping) => {
        const events = sortEvents(
          drawn.map((e, i) =>
            makeEvent(`e-${i}`, { start: `2025-03-${String(e.day).padStart(2, '0')}`, precision: e.precision, category: e.category, countries: e.countries, actors: e.actors }),
          ),
        )
        const shownIds = new Set(drawn.flatMap((e, i) => (e.shown ? [`e-${i}`] : [])))
        const index = buildFilterIndex(events, () => '')
        const bits = emptyBits(index.size)
        events.forEach((event, i) => shownIds.has(event.id) && setBit(bits, i))
        const model = buildLaneModel(index, bits, grouping, names)

        const expected = referenceLanes(events.filter((e) => shownIds.has(e.id)), grouping)
        const got = new Map(model.lanes.map((lane) => [lane.key, lane.events.map((e, k) => [e.id, lane.starts[k], lane.ends[k]])]))
        expect(got).toEqual(expected)
        expect(model.groups.map((g) => g.key)).toEqual(model.lanes.map((lane) => lane.key))
        const all = [...expected.values()].flat()
        expect(model.extent).toEqual(all.length ? { start: Math.min(...all.map((e) => e[1])), end: Math.max(...all.map((e) => e[2])) } : null)
        for (const lane of model.lanes) expect(lane.maxLength).toBe(Math.max(0, ...lane.events.map((_, k) => (lane.ends[k] ?? 0) - (lane.starts[k] ?? 0))))
      }),
    )
  })
})
