/**
 * The benchmark's baseline: vis-timeline given every item at once, as the app did before issue 5.
 * Same items, lanes, options and initial window as the app; no windowing, no clustering.
 */
import { DataSet } from 'vis-data/esnext'
import { Timeline } from 'vis-timeline/esnext'
import type { Dataset, TimelineEvent } from '../../../src/dataset/schema.ts'
import { sortEvents } from '../../../src/domain/sort-events.ts'
import { buildVocabulary, categoryStyle } from '../../../src/domain/categories.ts'
import { DEFAULT_CATEGORIES } from '../../../src/dataset/schema.ts'
import { buildSearchText } from '../../../src/domain/filter-events.ts'
import { fitWindow } from '../../../src/features/timeline/fit-window.ts'
import { laneModelOf } from '../../../src/test/lane-model.ts'
import type { LaneNames } from '../../../src/features/timeline/lanes.ts'
import { syncDataSet } from '../../../src/features/timeline/sync-data-set.ts'
import { TIMELINE_OPTIONS } from '../../../src/features/timeline/timeline-options.ts'
import { toVisItem, type VisGroup, type VisItem } from '../../../src/features/timeline/to-vis-items.ts'
import '../../../src/features/timeline/timeline.css'

declare global {
  interface Window {
    baseline?: { setFilter: (country: string | null, query: string) => void }
  }
}

/** Every event as a vis item in each of its lanes: the whole timeline at once, as the old app drew it. */
function allLanes(events: readonly TimelineEvent[], names: LaneNames) {
  const model = laneModelOf(events, 'category', names)
  const colour = (event: TimelineEvent) => categoryStyle(names.categories, event.category).colour
  return { groups: model.groups, items: model.lanes.flatMap((lane) => lane.events.map((event) => toVisItem(event, lane.key, colour(event)))) }
}

/** Room the lane labels take, as the app's layout leaves them: the app fits to the centre panel. */
const LABEL_PANEL_PX = 150

async function main(): Promise<void> {
  const response = await fetch('/assets/coalition-of-the-willing-bench.json')
  const dataset = (await response.json()) as Dataset
  const events = sortEvents(dataset.events)
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]))
  const searchIndex = new Map(events.map((e) => [e.id, buildSearchText(e, actorsById)]))
  const names = { actorsById, categories: buildVocabulary(dataset.categories ?? DEFAULT_CATEGORIES) }
  const { groups, items } = allLanes(events, names)
  const container = document.getElementById('timeline')
  if (!container) throw new Error('no #timeline')
  const window0 = fitWindow(items, container.clientWidth - LABEL_PANEL_PX)
  const itemSet = new DataSet<VisItem, 'id'>(items)
  const groupSet = new DataSet<VisGroup, 'id'>(groups)
  new Timeline(container, itemSet, groupSet, window0 ? { ...TIMELINE_OPTIONS, start: window0.start, end: window0.end } : TIMELINE_OPTIONS)

  // The old app's filter path: filter naively, rebuild every item, diff them into vis.
  window.baseline = {
    setFilter: (country, query) => {
      const words = query.toLowerCase().split(/\s+/).filter(Boolean)
      const kept = events.filter(
        (e: TimelineEvent) =>
          (country === null || e.countries.includes(country)) &&
          words.every((w) => (searchIndex.get(e.id) ?? '').includes(w)),
      )
      syncDataSet(itemSet, allLanes(kept, names).items)
    },
  }
}

void main()
