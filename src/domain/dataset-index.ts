import type { Actor, Dataset, Source, TimelineEvent } from '../dataset/schema'
import { sortEvents } from './sort-events'

export type DatasetIndex = {
  dataset: Dataset
  /** Every event in chronological order. */
  events: TimelineEvent[]
  eventsById: ReadonlyMap<string, TimelineEvent>
  actorsById: ReadonlyMap<string, Actor>
  sourcesById: ReadonlyMap<string, Source>
}

export function indexDataset(dataset: Dataset): DatasetIndex {
  const events = sortEvents(dataset.events)
  return {
    dataset,
    events,
    eventsById: new Map(events.map((e) => [e.id, e])),
    actorsById: new Map(dataset.actors.map((a) => [a.id, a])),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
  }
}
