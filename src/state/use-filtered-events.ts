import { useEffect } from 'react'
import type { TimelineEvent } from '../dataset/schema'
import type { Bitset } from '../domain/bitset'
import { useDatasetIndex } from './use-dataset'
import { useFilters } from './store/hooks'

/** How long after the first paint the search texts start being built, so the first search is quick too. */
const WARM_SEARCH_MS = 200
/**
 * Texts built per task: at 100,000 events all at once held the page for 670 ms, 5,000 for up to 180;
 * at 305,000, 2,000 took up to 213 ms when a full collection fell inside, so each task stays small.
 */
const WARM_STEP_EVENTS = 500

/** The events the current filters let through, in time order. */
export function useFilteredEvents(): readonly TimelineEvent[] {
  const index = useDatasetIndex()
  const filters = useFilters()
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>
    const warm = () => {
      if (!index.filterIndex.warmTexts(WARM_STEP_EVENTS)) timer = setTimeout(warm, 0)
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
