import type { Actor, TimelineEvent } from '../dataset/schema'
import { dateMs, DAY_MS, eventSpan } from './dates'
import type { Filters } from './filters'
import { normaliseText, queryWords } from './normalise-text'


/** Normalised search text by event id; build once per dataset with buildSearchIndex. */
export type SearchIndex = ReadonlyMap<string, string>

/** Everything a reader might type to find an event: its text, quotes, people and place. */
export function buildSearchText(event: TimelineEvent, actorsById: ReadonlyMap<string, Actor>): string {
  const actorIds = new Set([...event.actors, ...event.quotes.map((q) => q.speaker)])
  const actorNames = [...actorIds].flatMap((id) => {
    const actor = actorsById.get(id)
    return actor ? [actor.name] : []
  })
  const parts = [event.title, event.summary, ...event.quotes.map((q) => q.text), ...actorNames, event.location ?? '']
  // A space between fields: query words never contain one, so no match can straddle two fields.
  return normaliseText(parts.join(' '))
}

export function buildSearchIndex(
  events: readonly TimelineEvent[],
  actorsById: ReadonlyMap<string, Actor>,
): SearchIndex {
  return new Map(events.map((event) => [event.id, buildSearchText(event, actorsById)]))
}

export type FacetKey = 'countries' | 'actors' | 'categories'
export const FACET_KEYS: readonly FacetKey[] = ['countries', 'actors', 'categories']

type Predicate = (event: TimelineEvent) => boolean

/** Filters turned into predicates once, so each event costs no parsing. */
export type CompiledFilters = {
  /** Query and date range: the constraints that are not facets. */
  base: Predicate
  facets: Record<FacetKey, Predicate>
}

function anyOf(selected: readonly string[], values: (event: TimelineEvent) => readonly string[]): Predicate {
  if (selected.length === 0) return () => true
  const wanted = new Set(selected)
  return (event) => values(event).some((value) => wanted.has(value))
}

/** An unparseable bound is ignored rather than hiding every event. */
function boundMs(isoDate: string | null, offset: number): number | null {
  if (isoDate === null) return null
  const ms = dateMs(isoDate)
  return Number.isNaN(ms) ? null : ms + offset
}

export function compileFilters(filters: Filters, searchIndex: SearchIndex): CompiledFilters {
  const words = queryWords(filters.query)
  const from = boundMs(filters.from, 0)
  // `to` is an inclusive day, so the range ends at the following midnight.
  const toEnd = boundMs(filters.to, DAY_MS)
  return {
    base: (event) => {
      if (from !== null || toEnd !== null) {
        const span = eventSpan(event)
        if (from !== null && span.end <= from) return false
        if (toEnd !== null && span.start >= toEnd) return false
      }
      if (words.length === 0) return true
      const haystack = searchIndex.get(event.id) ?? ''
      return words.every((word) => haystack.includes(word))
    },
    facets: {
      countries: anyOf(filters.countries, (e) => e.countries),
      actors: anyOf(filters.actors, (e) => e.actors),
      categories: anyOf(filters.categories, (e) => [e.category]),
    },
  }
}

/** The events that pass every filter, in input order. `searchIndex` must cover `events`. */
export function filterEvents(
  events: readonly TimelineEvent[],
  filters: Filters,
  searchIndex: SearchIndex,
): TimelineEvent[] {
  const { base, facets } = compileFilters(filters, searchIndex)
  return events.filter((event) => base(event) && FACET_KEYS.every((key) => facets[key](event)))
}
