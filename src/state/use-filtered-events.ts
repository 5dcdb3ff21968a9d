import { useEffect } from 'react'
import type { TimelineEvent } from '../dataset/schema'
import type { Bitset } from '../domain/bitset'
import { timeBudget } from '../dataset/page-turns'
import { useDatasetIndex } from './use-dataset'
import { useFilters } from './store/hooks'

/** How long after the first paint the search texts start being built, so the first search is quick too. */
const WARM_SEARCH_MS = 200
/**
 * Work per task while the texts are built, counted in time: at 305,000 events a task of 500 texts
 * took 70-130 ms, nearly all of it in the collector's marking steps, which V8 runs in proportion to
 * what a task allocates once the heap is large. The texts are built a few at a time until it is spent.
 */
const WARM_TASK_MS = 12
const WARM_STEP_EVENTS = 50

/** The events the current filters let through, in time order. */
export function useFilteredEvents(): readonly TimelineEvent[] {
  const index = useDatasetIndex()
  const filters = useFilters()
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>
    const warm = () => {
      const due = timeBudget(WARM_TASK_MS)
      while (!index.filterIndex.warmTexts(WARM_STEP_EVENTS)) {
        if (due()) {
          timer = setTimeout(warm, 0)
          return
        }
      }
    }
    timer = setTimeout(warm, WARM_SEARCH_MS)
    return () => clearTimeout(timer)
  }, [index])
  return index.filtered(filters)
}

/** The positions of useFilteredEvents() in the index's filterIndex. */
export function useFilteredBits(): Bitset {
  return useDatasetIndex().filteredBits(useFilters())
}
