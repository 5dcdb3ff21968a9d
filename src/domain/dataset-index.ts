import type { Actor, Dataset, Source, TimelineEvent } from '../dataset/schema'
import { buildSearchIndex, type SearchIndex } from './filter-events'
import { sortEvents } from './sort-events'

export type DatasetIndex = {
  dataset: Dataset
  /** Every event in chronological order. */
  events: TimelineEvent[]
  eventsById: ReadonlyMap<string, TimelineEvent>
  actorsById: ReadonlyMap<string, Actor>
  sourcesById: ReadonlyMap<string, Source>
  searchIndex: SearchIndex
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const events = sortEvents(dataset.events)
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]))
  return {
    dataset,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    actorsById,
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    searchIndex: buildSearchIndex(events, actorsById),
  }
}
