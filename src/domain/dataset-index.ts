import type { Actor, Dataset, Source, TimelineEvent } from '../dataset/schema'
import { buildSearchText, filterEvents } from './filter-events'
import { buildFilterIndex, type FilterIndex } from './filter-index'
import type { Filters } from './filters'
import { sortEvents } from './sort-events'

export type Span = { start: number; end: number }

/** Everything derived from one loaded dataset: built once, inside its query, and never changed. */
export type DatasetIndex = {
  dataset: Dataset
  /** Every event in chronological order. */
  events: readonly TimelineEvent[]
  eventsById: ReadonlyMap<string, TimelineEvent>
  actorsById: ReadonlyMap<string, Actor>
  sourcesById: ReadonlyMap<string, Source>
  /** Facet bitsets, spans and search texts by position in `events`. */
  filterIndex: FilterIndex
  /** The ids a link may name: what is not here is dropped from it. */
  known: { countries: ReadonlySet<string>; actors: ReadonlySet<string>; events: ReadonlySet<string> }
  /** An event's span in UTC ms; parsing dates dominates when 100,000 events are laid out. */
  spanOf: (event: TimelineEvent) => Span
  /** The events the filters let through, in time order; the last answer is kept, as several panels ask. */
  filtered: (filters: Filters) => readonly TimelineEvent[]
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const events = sortEvents(dataset.events)
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]))
  const eventsById = new Map(events.map((e) => [e.id, e]))
  const filterIndex = buildFilterIndex(events, (event) => buildSearchText(event, actorsById))
  const positions = new Map(events.map((event, i) => [event, i]))
  let last: { filters: Filters; events: readonly TimelineEvent[] } | null = null
  return {
    dataset,
    events,
    eventsById,
    actorsById,
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    filterIndex,
    known: {
      countries: new Set(filterIndex.byValue.countries.keys()),
      actors: new Set(actorsById.keys()),
      events: new Set(eventsById.keys()),
    },
    spanOf(event) {
      const i = positions.get(event) ?? -1
      return { start: filterIndex.starts[i] ?? Number.NaN, end: filterIndex.ends[i] ?? Number.NaN }
    },
    filtered(filters) {
      if (last?.filters !== filters) last = { filters, events: filterEvents(filterIndex, filters) }
      return last.events
    },
  }
}
