import { useEffect, useMemo } from 'react'
import type { TimelineEvent } from '../dataset/schema'
import type { DatasetIndex } from '../domain/dataset-index'
import { filterEvents, warmSearchIndex } from '../domain/filter-events'
import type { Filters } from '../domain/filters'
import { useDatasetIndex } from './use-dataset'
import { useFilters } from './store/hooks'

// Several panels ask for the same filtered list in one render: compute it once per filters object.
const lastResult = new WeakMap<DatasetIndex, { filters: Filters; events: readonly TimelineEvent[] }>()

function filtered(index: DatasetIndex, filters: Filters): readonly TimelineEvent[] {
  const last = lastResult.get(index)
  if (last?.filters === filters) return last.events
  const events = filterEvents(index.events, filters, index.searchIndex)
  lastResult.set(index, { filters, events })
  return events
}

/** The events the current filters let through, in time order. */
export function useFilteredEvents(): readonly TimelineEvent[] {
  const index = useDatasetIndex()
  const filters = useFilters()
  useEffect(() => {
    // The search index is built lazily; build it once the first paint is out, before any typing.
    const timer = setTimeout(() => warmSearchIndex(index.searchIndex), 200)
    return () => clearTimeout(timer)
  }, [index])
  return useMemo(() => filtered(index, filters), [index, filters])
}
