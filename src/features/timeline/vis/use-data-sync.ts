import { useEffect } from 'react'
import { syncDataSet } from '../sync-data-set'
import type { VisGroup, VisItem } from '../to-vis-items'
import { withBatchedItemRedraws } from './batch-item-redraws'
import type { TimelineInstance } from './use-timeline-instance'

/** Diffs lanes and items into vis's DataSets: changing them never rebuilds the timeline. */
export function useDataSync(instance: TimelineInstance | null, groups: readonly VisGroup[], items: readonly VisItem[]): void {
  useEffect(() => {
    if (!instance) return
    withBatchedItemRedraws(() => {
      syncDataSet(instance.groups, groups)
      syncDataSet(instance.items, items)
    })
  }, [instance, groups, items])
}
