import type { Actor, TimelineEvent } from '../dataset/schema'
import { dateMs, DAY_MS } from './dates'
import type { Filters } from './filters'
import { normaliseText, queryWords } from '../dataset/normalise-text'
import { andInto, forEachBit, type Bitset } from './bitset'
import { dateBits, facetBits, fullBits, queryBits, type FacetKey, type FilterIndex } from './filter-index'

/** Everything a reader might type to find an event: its text, quotes, people and place. */
export function buildSearchText(event: TimelineEvent, actorsById: ReadonlyMap<string, Actor>): string {
  // Plain loops: this runs once per event at load, 100,000 times for a large dataset.
  const parts = [event.title, event.summary]
  for (const quote of event.quotes) parts.push(quote.text)
  const actorIds: string[] = []
  for (const id of event.actors) if (!actorIds.includes(id)) actorIds.push(id)
  for (const quote of event.quotes) if (!actorIds.includes(quote.speaker)) actorIds.push(quote.speaker)
  for (const id of actorIds) {
    const actor = actorsById.get(id)
    if (actor) parts.push(actor.name)
  }
  parts.push(event.location ?? '')
  // A space between fields: query words never contain one, so no match can straddle two fields.
  return normaliseText(parts.join(' '))
}

export type { FacetKey } from './filter-index'
export const FACET_KEYS: readonly FacetKey[] = ['countries', 'actors', 'categories']

/** An unparseable bound is ignored rather than hiding every event. */
function boundMs(isoDate: string | null, offset: number): number | null {
  if (isoDate === null) return null
  const ms = dateMs(isoDate)
  return Number.isNaN(ms) ? null : ms + offset
}

/** Filters as bitsets over an index's positions; a null facet has no constraint. */
export type FilterBits = { index: FilterIndex; base: Bitset; facets: Record<FacetKey, Bitset | null> }

/** Query and dates as one bitset, facets as bitsets: what filterEvents and computeFacets combine. */
export function compileFilterBits(index: FilterIndex, filters: Filters): FilterBits {
  const from = boundMs(filters.from, 0)
  const toEnd = boundMs(filters.to, DAY_MS)
  const base = from === null && toEnd === null ? fullBits(index.size) : dateBits(index, from, toEnd)
  const words = queryWords(filters.query)
  if (words.length) andInto(base, queryBits(index, index.texts(), words))
  return {
    index,
    base,
    facets: {
      countries: facetBits(index, 'countries', filters.countries),
      actors: facetBits(index, 'actors', filters.actors),
      categories: facetBits(index, 'categories', filters.categories),
    },
  }
}

/** The positions of the events that pass every filter. */
export function matchingBits(index: FilterIndex, filters: Filters): Bitset {
  const { base, facets } = compileFilterBits(index, filters)
  for (const key of FACET_KEYS) {
    const bits = facets[key]
    if (bits) andInto(base, bits)
  }
  return base
}

/** The events that pass every filter, in the index's order. */
export function filterEvents(index: FilterIndex, filters: Filters): TimelineEvent[] {
  return eventsAt(index, matchingBits(index, filters))
}

/** The events at the set positions, in the index's order. */
export function eventsAt(index: FilterIndex, bits: Bitset): TimelineEvent[] {
  const { events } = index
  const result: TimelineEvent[] = []
  forEachBit(bits, (i) => {
    const event = events[i]
    if (event) result.push(event)
  })
  return result
}
