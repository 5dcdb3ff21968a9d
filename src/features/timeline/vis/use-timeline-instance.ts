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
 * wrapper waits for `instance`. It is made in a task of its own, after the commit that put the
 * container in: at 305,000 events that commit and vis's constructor were one task of up to 191 ms.
 */
export function useTimelineInstance() {
  const [instance, setInstance] = useState<TimelineInstance | null>(null)
  const containerRef = useCallback((container: HTMLDivElement | null) => {
    if (!container) return
    let timeline: Timeline | null = null
    const creating = setTimeout(() => {
      deferItemShow()
      batchItemRedraws()
      const items = new DataSet<VisItem, 'id'>()
      const groups = new DataSet<VisGroup, 'id'>()
      // No start/end options: with them vis stays hidden until its first 'rangechanged', up to a second.
      timeline = new Timeline(container, items, groups, TIMELINE_OPTIONS)
      markPhase('vis constructed')
      labelLaneNames(container)
      setInstance({ timeline, container, items, groups })
    })
    return () => {
      clearTimeout(creating)
      setInstance(null)
      timeline?.destroy()
    }
  }, [])
  return { containerRef, instance }
}
