import type { Actor, TimelineEvent } from '../dataset/schema'
import { dateMs, DAY_MS } from './dates'
import type { Filters } from './filters'
import { normaliseText, queryWords } from './normalise-text'
import { andInto, forEachBit, type Bitset } from './bitset'
import { dateBits, facetBits, filterIndexFor, fullBits, queryBits, textsFor, type FacetKey, type FilterIndex } from './filter-index'

/** Normalised search text by event id; build once per dataset with buildSearchIndex. */
export type SearchIndex = ReadonlyMap<string, string>

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

export function buildSearchIndex(
  events: readonly TimelineEvent[],
  actorsById: ReadonlyMap<string, Actor>,
): SearchIndex {
  return new Map(events.map((event) => [event.id, buildSearchText(event, actorsById)]))
}

/**
 * A search index built on first use rather than at load: at 100,000 events folding every text takes
 * hundreds of milliseconds the first paint does not need. `warmSearchIndex` builds it when idle.
 */
class LazySearchIndex implements ReadonlyMap<string, string> {
  #built: ReadonlyMap<string, string> | null = null
  readonly #events: readonly TimelineEvent[]
  readonly #actorsById: ReadonlyMap<string, Actor>
  constructor(events: readonly TimelineEvent[], actorsById: ReadonlyMap<string, Actor>) {
    this.#events = events
    this.#actorsById = actorsById
  }
  get #map(): ReadonlyMap<string, string> {
    const built = this.#built ?? buildSearchIndex(this.#events, this.#actorsById)
    this.#built = built
    return built
  }
  get size() {
    return this.#map.size
  }
  get(key: string) {
    return this.#map.get(key)
  }
  has(key: string) {
    return this.#map.has(key)
  }
  forEach(callback: (value: string, key: string, map: ReadonlyMap<string, string>) => void) {
    this.#map.forEach((value, key) => callback(value, key, this))
  }
  entries() {
    return this.#map.entries()
  }
  keys() {
    return this.#map.keys()
  }
  values() {
    return this.#map.values()
  }
  [Symbol.iterator]() {
    return this.#map[Symbol.iterator]()
  }
  get [Symbol.toStringTag]() {
    return 'LazySearchIndex'
  }
}

export function lazySearchIndex(events: readonly TimelineEvent[], actorsById: ReadonlyMap<string, Actor>): SearchIndex {
  return new LazySearchIndex(events, actorsById)
}

/** Builds a lazy index now (any read does); harmless on an eager one. */
export function warmSearchIndex(index: SearchIndex): void {
  void index.size
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
export function compileFilterBits(events: readonly TimelineEvent[], filters: Filters, searchIndex: SearchIndex): FilterBits {
  const index = filterIndexFor(events)
  const from = boundMs(filters.from, 0)
  const toEnd = boundMs(filters.to, DAY_MS)
  const base = from === null && toEnd === null ? fullBits(index.size) : dateBits(index, from, toEnd)
  const words = queryWords(filters.query)
  if (words.length) andInto(base, queryBits(index, textsFor(index, searchIndex), words))
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

/** The events that pass every filter, in input order. `searchIndex` must cover `events`. */
export function filterEvents(
  events: readonly TimelineEvent[],
  filters: Filters,
  searchIndex: SearchIndex,
): TimelineEvent[] {
  const { base, facets } = compileFilterBits(events, filters, searchIndex)
  for (const key of FACET_KEYS) {
    const bits = facets[key]
    if (bits) andInto(base, bits)
  }
  const result: TimelineEvent[] = []
  forEachBit(base, (i) => {
    const event = events[i]
    if (event) result.push(event)
  })
  return result
}
