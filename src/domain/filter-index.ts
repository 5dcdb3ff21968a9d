import type { TimelineEvent } from '../dataset/schema'
import { andInto, emptyBits, forEachBit, fullBits, orInto, setBit, type Bitset } from './bitset'
import { eventSpan, isPointEvent } from './dates'
import { runSteps, STEP_ITEMS, type Steps } from './steps'

export type FacetKey = 'countries' | 'actors' | 'categories'
/** The facets an event may leave empty: every event has a category. */
export type OptionalFacet = Exclude<FacetKey, 'categories'>

/** Per-position data for one events array: facet bitsets, spans and search text. */
export type FilterIndex = {
  events: readonly TimelineEvent[]
  size: number
  starts: Float64Array
  ends: Float64Array
  byValue: Record<FacetKey, Map<string, Bitset>>
  /** Positions with no value for a facet (no country, no actor): what a lane of "none" holds. */
  without: Record<OptionalFacet, Bitset>
  /** Positions of events drawn as a point: a single day or minute. */
  points: Bitset
  /**
   * Normalised search text by position, built on first use: at 100,000 events folding every text
   * takes hundreds of milliseconds the first paint does not need.
   */
  texts: () => readonly string[]
  /** Builds up to `count` more search texts ahead of use; true once all are built. */
  warmTexts: (count: number) => boolean
  /** Recent query results: a longer query only rescans what a shorter one let through. */
  queries: { words: string[]; bits: Bitset }[]
}

function addTo(map: Map<string, Bitset>, value: string, position: number, size: number): void {
  let bits = map.get(value)
  if (!bits) map.set(value, (bits = emptyBits(size)))
  setBit(bits, position)
}

/** The index of an events array, built once per dataset (inside its query) and never changed. */
export function buildFilterIndex(events: readonly TimelineEvent[], searchText: (event: TimelineEvent) => string): FilterIndex {
  return runSteps(filterIndexSteps(events, searchText))
}

/** buildFilterIndex, pausing (yielding) every STEP_ITEMS events, for a build that must not block. */
export function* filterIndexSteps(events: readonly TimelineEvent[], searchText: (event: TimelineEvent) => string): Steps<FilterIndex> {
  const size = events.length
  const starts = new Float64Array(size)
  const ends = new Float64Array(size)
  const byValue: FilterIndex['byValue'] = { countries: new Map(), actors: new Map(), categories: new Map() }
  const without: FilterIndex['without'] = { countries: emptyBits(size), actors: emptyBits(size) }
  const points = emptyBits(size)
  for (let i = 0; i < size; i++) {
    if (i > 0 && i % STEP_ITEMS === 0) yield
    const event = events[i]
    if (!event) continue
    const span = eventSpan(event)
    starts[i] = span.start
    ends[i] = span.end
    if (isPointEvent(event)) setBit(points, i)
    for (const code of event.countries) addTo(byValue.countries, code, i, size)
    if (event.countries.length === 0) setBit(without.countries, i)
    for (const actor of event.actors) addTo(byValue.actors, actor, i, size)
    if (event.actors.length === 0) setBit(without.actors, i)
    addTo(byValue.categories, event.category, i, size)
  }
  const texts: string[] = []
  const warmTexts = (count: number) => {
    for (const event of events.slice(texts.length, texts.length + count)) texts.push(searchText(event))
    return texts.length === size
  }
  return { events, size, starts, ends, byValue, without, points, texts: () => (warmTexts(size), texts), warmTexts, queries: [] }
}

/** Positions having any of `selected` (OR within a facet); null when nothing is selected. */
export function facetBits(index: FilterIndex, key: FacetKey, selected: readonly string[]): Bitset | null {
  if (selected.length === 0) return null
  const bits = emptyBits(index.size)
  for (const value of selected) {
    const own = index.byValue[key].get(value)
    if (own) orInto(bits, own)
  }
  return bits
}

/** Positions whose span overlaps [from, toEnd); null bounds are open. */
export function dateBits(index: FilterIndex, from: number | null, toEnd: number | null): Bitset {
  const bits = emptyBits(index.size)
  for (let i = 0; i < index.size; i++) {
    if (from !== null && (index.ends[i] ?? 0) <= from) continue
    if (toEnd !== null && (index.starts[i] ?? 0) >= toEnd) continue
    setBit(bits, i)
  }
  return bits
}

const MAX_REMEMBERED_QUERIES = 8

/** Positions whose text contains every word, reusing a cached result this query can only narrow. */
export function queryBits(index: FilterIndex, texts: readonly string[], words: readonly string[]): Bitset {
  const key = words.join(' ')
  const exact = index.queries.find((q) => q.words.join(' ') === key)
  if (exact) return exact.bits
  // Every earlier word inside some new word means every new match was an earlier match.
  const narrower = index.queries.find((q) => q.words.every((old) => words.some((word) => word.includes(old))))
  const bits = emptyBits(index.size)
  const test = (i: number) => {
    const text = texts[i] ?? ''
    for (const word of words) if (!text.includes(word)) return
    setBit(bits, i)
  }
  if (narrower) {
    forEachBit(narrower.bits, test)
  } else {
    for (let i = 0; i < index.size; i++) test(i)
  }
  index.queries = [{ words: [...words], bits }, ...index.queries].slice(0, MAX_REMEMBERED_QUERIES)
  return bits
}

export { andInto, fullBits }
