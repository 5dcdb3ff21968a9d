import { useCallback, useState } from 'react'
import { DataSet } from 'vis-data/esnext'
import { Timeline } from 'vis-timeline/esnext'
import { markPhase } from '../../../dataset/phase-marks'
import { TIMELINE_OPTIONS } from '../timeline-options'
import type { VisGroup, VisItem } from '../to-vis-items'
import { batchItemRedraws } from './batch-item-redraws'
import { deferItemShow } from './defer-item-show'
import { labelLaneNames } from './label-lane-names'

export type TimelineInstance = {
  timeline: Timeline
  container: HTMLDivElement
  items: DataSet<VisItem, 'id'>
  groups: DataSet<VisGroup, 'id'>
}

/**
 * Creates the timeline once its container is in the page and destroys it when the container goes,
 * as react-leaflet's MapContainer does: a ref callback with a cleanup. Everything else in the
 * wrapper waits for `instance`.
 */
export function useTimelineInstance() {
  const [instance, setInstance] = useState<TimelineInstance | null>(null)
  const containerRef = useCallback((container: HTMLDivElement | null) => {
    if (!container) return
    deferItemShow()
    batchItemRedraws()
    const items = new DataSet<VisItem, 'id'>()
    const groups = new DataSet<VisGroup, 'id'>()
    // No start/end options: with them vis stays hidden until its first 'rangechanged', up to a second.
    const timeline = new Timeline(container, items, groups, TIMELINE_OPTIONS)
    markPhase('vis constructed')
    labelLaneNames(container)
    setInstance({ timeline, container, items, groups })
    return () => {
      setInstance(null)
      timeline.destroy()
    }
  }, [])
  return { containerRef, instance }
}
