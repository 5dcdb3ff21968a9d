import { useMemo } from 'react'
import type { TimelineEvent } from '../dataset/schema'
import { filterEvents } from '../domain/filter-events'
import { useDatasetIndex } from './use-dataset'
import { useFilters } from './view-store'

/** The events the current filters let through, in time order. */
export function useFilteredEvents(): readonly TimelineEvent[] {
  const index = useDatasetIndex()
  const filters = useFilters()
  return useMemo(() => filterEvents(index.events, filters, index.searchIndex), [index, filters])
}
