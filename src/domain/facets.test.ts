import { describe, expect, it } from 'vitest'
import type { Actor, Category, TimelineEvent } from '../dataset/schema'
import { computeFacets, sortFacetEntries, type FacetCounts } from './facets'
import { buildSearchText } from './filter-events'
import { buildFilterIndex } from './filter-index'
import { NO_FILTERS, type Filters } from './filters'
import { makeEvent as baseEvent } from '../test/make-event'

function makeEvent(
  id: string,
  category: Category,
  countries: string[],
  actors: string[],
  overrides: Partial<TimelineEvent> = {},
): TimelineEvent {
  return baseEvent(id, { category, countries, actors, ...overrides })
}

const actorsById = new Map<string, Actor>(
  [
    { id: 'macron', name: 'Emmanuel Macron', role: 'President' },
    { id: 'starmer', name: 'Keir Starmer', role: 'Prime Minister' },
  ].map((a) => [a.id, a]),
)

const EVENTS: TimelineEvent[] = [
  makeEvent('a', 'summit', ['FR', 'GB'], ['macron', 'starmer'], { title: 'Élysée summit', start: '2025-03-10' }),
  makeEvent('b', 'summit', ['GB'], ['starmer'], { start: '2025-03-20' }),
  makeEvent('c', 'military', ['GB', 'UA'], [], { start: '2025-03-24', precision: 'week' }),
  makeEvent('d', 'statement', ['FR'], ['macron'], { start: '2025-04-01', precision: 'month' }),
]

const indexOf = (events: readonly TimelineEvent[]) => buildFilterIndex(events, (e) => buildSearchText(e, actorsById))
const index = indexOf(EVENTS)

type Plain = { [K in keyof FacetCounts]: Record<string, number> }

function facets(filters: Partial<Filters>): Plain {
  const counts = computeFacets(index, { ...NO_FILTERS, ...filters })
  return {
    countries: Object.fromEntries(counts.countries),
    actors: Object.fromEntries(counts.actors),
    categories: Object.fromEntries(counts.categories),
  }
}

describe('computeFacets', () => {
  it.each<[string, Partial<Filters>, Plain]>([
    [
      'no filters counts every event per value, multi-value events in each',
      {},
      {
        countries: { FR: 2, GB: 3, UA: 1 },
        actors: { macron: 2, starmer: 2 },
        categories: { summit: 2, military: 1, statement: 1 },
      },
    ],
    [
      'a country selection narrows other facets but not countries',
      { countries: ['UA'] },
      {
        countries: { FR: 2, GB: 3, UA: 1 },
        actors: {},
        categories: { military: 1 },
      },
    ],
    [
      'several countries OR together for the other facets',
      { countries: ['UA', 'FR'] },
      {
        countries: { FR: 2, GB: 3, UA: 1 },
        actors: { macron: 2, starmer: 1 },
        categories: { summit: 1, military: 1, statement: 1 },
      },
    ],
    [
      'each facet ignores only its own selection',
      { countries: ['GB'], categories: ['summit'] },
      {
        countries: { FR: 1, GB: 2 },
        actors: { macron: 1, starmer: 2 },
        categories: { summit: 2, military: 1 },
      },
    ],
    [
      'an actor selection leaves actor counts alone',
      { actors: ['macron'] },
      {
        countries: { FR: 2, GB: 1 },
        actors: { macron: 2, starmer: 2 },
        categories: { summit: 1, statement: 1 },
      },
    ],
    [
      'the query applies to every facet',
      { query: 'elysee' },
      {
        countries: { FR: 1, GB: 1 },
        actors: { macron: 1, starmer: 1 },
        categories: { summit: 1 },
      },
    ],
    [
      'the date range applies to every facet, week events included',
      { from: '2025-03-26', to: '2025-03-31' },
      {
        countries: { GB: 1, UA: 1 },
        actors: {},
        categories: { military: 1 },
      },
    ],
    [
      'selected values with no matches are kept at zero',
      { countries: ['UA'], actors: ['macron'], categories: ['ceasefire'] },
      {
        countries: { UA: 0 },
        actors: { macron: 0 },
        categories: { ceasefire: 0 },
      },
    ],
    [
      'a selected value never found anywhere is kept at zero',
      { countries: ['PL'] },
      {
        countries: { PL: 0, FR: 2, GB: 3, UA: 1 },
        actors: {},
        categories: {},
      },
    ],
  ])('%s', (_name, filters, expected) => {
    expect(facets(filters)).toEqual(expected)
  })

  it('counts an event once when it lists a value twice', () => {
    const events = [makeEvent('x', 'summit', ['FR', 'FR'], ['macron', 'macron'])]
    const counts = computeFacets(indexOf(events), NO_FILTERS)
    expect(counts.countries.get('FR')).toBe(1)
    expect(counts.actors.get('macron')).toBe(1)
  })
})

describe('sortFacetEntries', () => {
  it.each<[string, [string, number][], ((key: string) => string) | undefined, [string, number][]]>([
    ['by count, highest first', [['a', 1], ['b', 3], ['c', 2]], undefined, [['b', 3], ['c', 2], ['a', 1]]],
    [
      'ties by key when no label is given',
      [['GB', 2], ['FR', 2], ['UA', 0]],
      undefined,
      [['FR', 2], ['GB', 2], ['UA', 0]],
    ],
    [
      'ties by label',
      [['GB', 1], ['FR', 1], ['DE', 1]],
      (key) => ({ GB: 'United Kingdom', FR: 'France', DE: 'Germany' })[key] ?? key,
      [['FR', 1], ['DE', 1], ['GB', 1]],
    ],
    ['ties on label by key', [['b', 1], ['a', 1]], () => 'same', [['a', 1], ['b', 1]]],
  ])('%s', (_name, entries, label, expected) => {
    expect(sortFacetEntries(new Map(entries), label)).toEqual(expected)
  })
})
