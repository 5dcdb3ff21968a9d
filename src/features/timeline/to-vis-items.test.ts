import { describe, expect, it } from 'vitest'
import { validSample } from '../../test/render-with-dataset'
import type { TimelineEvent } from '../../dataset/schema'
import { DAY_MS } from '../../domain/dates'
import type { LaneGrouping } from '../../state/view-state'
import { buildVocabulary } from '../../domain/categories'
import { laneModelOf } from '../../test/lane-model'
import { createItemCache, LABEL_STEPS, labelWidthClass } from './to-vis-items'
import { visibleItems } from './visible-items'

const dataset = validSample()
const actorsById = new Map(dataset.actors.map((a) => [a.id, a]))
const categories = buildVocabulary(dataset.categories)

/** Lanes and items as the timeline hands them to vis, for a window a month wider than the events. */
function buildLanes(events: readonly TimelineEvent[], grouping: LaneGrouping, actors: typeof actorsById) {
  const model = laneModelOf(events, grouping, { actorsById: actors, categories })
  const extent = model.extent ?? { start: 0, end: 1 }
  const view = { start: extent.start - 30 * DAY_MS, end: extent.end + 30 * DAY_MS, widthPx: 1000 }
  return { groups: model.groups, items: visibleItems(model, view, null, createItemCache(categories)).items }
}
const lanes = (grouping: LaneGrouping) => buildLanes(dataset.events, grouping, actorsById)

describe('lanes and items', () => {
  it('puts each event in its category lane, lanes in category order', () => {
    const { groups, items } = lanes('category')
    expect(groups.map((g) => g.content)).toEqual(['Summits', 'Military'])
    expect(items.map((i) => [i.eventId, i.group])).toEqual([
      ['paris-summit', 'lane:summit'],
      ['chiefs-meet', 'lane:military'],
    ])
  })

  it('puts an event with several countries in each country lane, lanes by name', () => {
    const { groups, items } = lanes('country')
    expect(groups.map((g) => g.content)).toEqual(['France', 'United Kingdom'])
    expect(items.filter((i) => i.eventId === 'paris-summit').map((i) => i.group)).toEqual(['lane:FR', 'lane:GB'])
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
  })

  it('never hands vis a group id that an object key could shadow, whatever the actor is called', () => {
    const events = dataset.events.map((e) => ({ ...e, actors: ['constructor', '__proto__'] }))
    const { groups, items } = buildLanes(events, 'actor', new Map())
    expect(groups.map((g) => [g.id, g.key])).toEqual([
      ['lane:__proto__', '__proto__'],
      ['lane:constructor', 'constructor'],
    ])
    for (const group of groups) expect(Object.hasOwn(Object.prototype, group.id)).toBe(false)
    expect(new Set(items.map((i) => i.group))).toEqual(new Set(groups.map((g) => g.id)))
  })

  it('gives events without actors a lane of their own, last', () => {
    const { groups } = lanes('actor')
    expect(groups.map((g) => g.content)).toEqual(['Emmanuel Macron', 'Keir Starmer', 'No named actor'])
  })

  it('draws a single day as a point and a week as a faint range over the week', () => {
    const [day, week] = lanes('category').items
    expect(day).toMatchObject({ type: 'point', className: 'precision-day', style: '--item-colour: #0072B2' })
    expect(day!.end).toBeUndefined()
    expect(week).toMatchObject({ type: 'range', className: 'precision-week disputed lw-7', style: '--item-colour: #009E73' })
    expect(week!.start.toISOString()).toBe('2025-03-24T00:00:00.000Z')
    expect(week!.end!.toISOString()).toBe('2025-03-31T00:00:00.000Z')
  })

  it('gives each item an accessible label with its date and dispute', () => {
    const [day, week] = lanes('category').items
    expect(day!.label).toBe('Paris summit, 27 Mar 2025')
    expect(week!.label).toBe('Chiefs meet, week of 24 Mar 2025, disputed')
  })

  it('labels an item with its short title, and names it by its full title', () => {
    const events = dataset.events.map((e) => (e.id === 'paris-summit' ? { ...e, title: 'Paris summit of the coalition of the willing', shortTitle: 'Paris summit' } : e))
    const item = buildLanes(events, 'category', actorsById).items.find((i) => i.eventId === 'paris-summit')!
    expect(item.content).toBe('Paris summit')
    expect(item.label).toBe('Paris summit of the coalition of the willing, 27 Mar 2025')
  })

  it('tells the stylesheet how wide a range label is, in steps, capped', () => {
    expect(labelWidthClass('Riyadh talks', false)).toBe('lw-4')
    expect(labelWidthClass('Riyadh talks', true)).toBe('lw-7')
    expect(labelWidthClass('x'.repeat(300), false)).toBe(`lw-${LABEL_STEPS}`)
  })
})
