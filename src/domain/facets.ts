import type { Category, TimelineEvent } from '../dataset/schema'
import { compileFilters, FACET_KEYS, type FacetKey, type SearchIndex } from './filter-events'
import type { Filters } from './filters'

/** Per facet value: how many events there would be with that value selected, under all other filters. */
export type FacetCounts = {
  countries: Map<string, number>
  actors: Map<string, number>
  categories: Map<Category, number>
}

function increment<K>(counts: Map<K, number>, values: readonly K[]): void {
  // A value listed twice on one event still counts that event once.
  for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1)
}

/**
 * Standard faceted search: counts for one facet ignore that facet's own selection but apply the
 * others, the query and the dates. Selected values always appear, with 0 if nothing matches.
 */
export function computeFacets(
  events: readonly TimelineEvent[],
  filters: Filters,
  searchIndex: SearchIndex,
): FacetCounts {
  const { base, facets } = compileFilters(filters, searchIndex)
  const counts: FacetCounts = {
    countries: new Map(filters.countries.map((v) => [v, 0])),
    actors: new Map(filters.actors.map((v) => [v, 0])),
    categories: new Map(filters.categories.map((v) => [v, 0])),
  }
  for (const event of events) {
    if (!base(event)) continue
    const failing = FACET_KEYS.filter((key) => !facets[key](event))
    // Failing two facets means the event is out whichever single facet is relaxed.
    if (failing.length > 1) continue
    const [onlyFailing] = failing
    const counted = (key: FacetKey) => onlyFailing === undefined || onlyFailing === key
    if (counted('countries')) increment(counts.countries, event.countries)
    if (counted('actors')) increment(counts.actors, event.actors)
    if (counted('categories')) increment(counts.categories, [event.category])
  }
  return counts
}

/** Facet entries for display: most events first, then alphabetical by label, then by key. */
export function sortFacetEntries<K extends string>(
  counts: ReadonlyMap<K, number>,
  label: (key: K) => string = (key) => key,
): [K, number][] {
  return [...counts].sort(
    ([a, countA], [b, countB]) => countB - countA || label(a).localeCompare(label(b)) || (a < b ? -1 : a > b ? 1 : 0),
  )
}
