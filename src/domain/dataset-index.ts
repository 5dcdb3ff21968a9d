import type { Actor, Dataset, Source, TimelineEvent } from '../dataset/schema'
import { lazySearchIndex, type SearchIndex } from './filter-events'
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

// TanStack Query memoises `select` per observer, and every component reading the dataset is one:
// without this, each of them would index (sort, search text, filter bitsets) the same dataset again.
const indexes = new WeakMap<Dataset, DatasetIndex>()

/** The lookups for a dataset, built once per dataset object. */
export function indexDataset(dataset: Dataset): DatasetIndex {
  let index = indexes.get(dataset)
  if (!index) indexes.set(dataset, (index = buildIndex(dataset)))
  return index
}

function buildIndex(dataset: Dataset): DatasetIndex {
  const events = sortEvents(dataset.events)
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]))
  return {
    dataset,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    actorsById,
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    searchIndex: lazySearchIndex(events, actorsById),
  }
}
