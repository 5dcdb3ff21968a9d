import { useEffect } from 'react'
import type { TimelineEvent } from '../dataset/schema'
import { useDatasetIndex } from './use-dataset'
import { useFilters } from './store/hooks'

/** How long after the first paint the search texts are built, so the first search is quick too. */
const WARM_SEARCH_MS = 200

/** The events the current filters let through, in time order. */
export function useFilteredEvents(): readonly TimelineEvent[] {
  const index = useDatasetIndex()
  const filters = useFilters()
  useEffect(() => {
    const timer = setTimeout(() => index.filterIndex.texts(), WARM_SEARCH_MS)
    return () => clearTimeout(timer)
  }, [index])
  return index.filtered(filters)
}
