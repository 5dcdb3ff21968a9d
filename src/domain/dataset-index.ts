import type { Actor, Dataset, Source, TimelineEvent } from '../dataset/schema'
import { buildVocabulary, type Vocabulary } from './categories'
import type { Bitset } from './bitset'
import { densityBins, binCounts, type DensityBins } from './density'
import { buildSearchText, eventsAt, matchingBits } from './filter-events'
import { filterIndexSteps, type FilterIndex } from './filter-index'
import type { Filters } from './filters'
import { dayBounds, spanExtent } from './day-bounds'
import { sortEventsSteps } from './sort-events'
import { mapInSteps, runSteps, runStepsPausing, type Steps } from './steps'

export type Span = { start: number; end: number }

/** Anything that answers "is this id in the dataset?": a Set, or the index's own maps. */
export type IdLookup = { has(id: string): boolean }
/** The ids a link may name, to drop the ones this dataset lacks. */
export type KnownIds = Record<'categories' | 'countries' | 'actors' | 'events', IdLookup>

/** Everything derived from one loaded dataset: built once, inside its query, and never changed. */
export type DatasetIndex = {
  dataset: Dataset
  /** Every event in chronological order. */
  events: readonly TimelineEvent[]
  eventsById: ReadonlyMap<string, TimelineEvent>
  actorsById: ReadonlyMap<string, Actor>
  sourcesById: ReadonlyMap<string, Source>
  /** The dataset's categories in order, each with its colour. */
  categories: Vocabulary
  /** Facet bitsets, spans and search texts by position in `events`. */
  filterIndex: FilterIndex
  /** The first and last day any event may occupy, YYYY-MM-DD; null without events. */
  dayBounds: { min: string; max: string } | null
  /** Earliest start to latest end of every event, in UTC ms; what zoom limits are derived from. */
  extent: Span | null
  /** The ids a link may name: what is not here is dropped from it. */
  known: KnownIds
  /** An event's span in UTC ms; parsing dates dominates when 100,000 events are laid out. */
  spanOf: (event: TimelineEvent) => Span
  /** The events the filters let through, in time order; the last answer is kept, as several panels ask. */
  filtered: (filters: Filters) => readonly TimelineEvent[]
  /** The positions in `filterIndex` of `filtered(filters)`: what lanes are laid out from, without touching an event. */
  filteredBits: (filters: Filters) => Bitset
  /** The dataset's whole span cut into bins, with each event's bins; null without events. */
  density: DensityBins | null
  /** How many of the filtered events overlap each bin of `density`; the last answer is kept. */
  densityOf: (filters: Filters) => Uint32Array
}

export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  return runSteps(indexSteps(dataset))
}

/**
 * The same index, built in steps with a pause between them (the page's turn to paint and answer
 * input) whenever `due` says so, by default every STEP_BUDGET_MS: the whole build takes several
 * hundred milliseconds at 100,000 events.
 */
export function buildDatasetIndexInSteps(dataset: Dataset, pause: () => Promise<void>, due?: () => boolean): Promise<DatasetIndex> {
  return runStepsPausing(indexSteps(dataset), pause, due)
}

function* indexSteps(dataset: Dataset): Steps<DatasetIndex> {
  const events = yield* sortEventsSteps(dataset.events)
  yield
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]))
  yield
  const eventsById = yield* mapInSteps(events, (e) => [e.id, e])
  yield
  const filterIndex = yield* filterIndexSteps(events, (event) => buildSearchText(event, actorsById))
  yield
  const positions = yield* mapInSteps(events, (event, i) => [event, i])
  yield
  const sourcesById = yield* mapInSteps(dataset.sources, (s) => [s.id, s])
  yield
  const categories = buildVocabulary(dataset.categories)
  // The maps themselves, not Sets copied from them: copying 305,000 event ids held the page 200 ms.
  const known = { categories: categories.byId, countries: filterIndex.byValue.countries, actors: actorsById, events: eventsById }
  yield
  const density = densityBins(filterIndex.starts, filterIndex.ends)
  yield
  let last: { filters: Filters; bits: Bitset; events: readonly TimelineEvent[]; counts?: Uint32Array } | null = null
  const match = (filters: Filters) => {
    if (last?.filters !== filters) {
      const bits = matchingBits(filterIndex, filters)
      last = { filters, bits, events: eventsAt(filterIndex, bits) }
    }
    return last
  }
  return {
    dataset,
    events,
    eventsById,
    actorsById,
    sourcesById,
    categories,
    filterIndex,
    dayBounds: dayBounds(filterIndex.starts, filterIndex.ends),
    extent: spanExtent(filterIndex.starts, filterIndex.ends),
    known,
    spanOf(event) {
      const i = positions.get(event) ?? -1
      return { start: filterIndex.starts[i] ?? Number.NaN, end: filterIndex.ends[i] ?? Number.NaN }
    },
    filtered: (filters) => match(filters).events,
    filteredBits: (filters) => match(filters).bits,
    density,
    densityOf(filters) {
      const answer = match(filters)
      answer.counts ??= density ? binCounts(density, answer.bits) : new Uint32Array(0)
      return answer.counts
    },
  }
}
