import { useEffect, useEffectEvent } from 'react'
import { RangeScheduler } from './range-scheduler'
import type { TimelineInstance } from './use-timeline-instance'

/**
 * Calls `report` when the items should follow vis's window, as RangeScheduler decides, and
 * `onFirstDraw` once vis has drawn (vis fits itself then; the window is ours to set only after).
 */
export function useRangeReports(instance: TimelineInstance | null, report: () => void, onFirstDraw: () => void): void {
  const onReport = useEffectEvent(report)
  const onDrawn = useEffectEvent(onFirstDraw)
  useEffect(() => {
    if (!instance) return
    const { timeline } = instance
    const scheduler = new RangeScheduler(() => onReport())
    const onRangeChange = () => {
      const { start, end } = timeline.getWindow()
      scheduler.rangeChange(+end - +start)
    }
    const onRangeChanged = ({ byUser }: { byUser: boolean }) => scheduler.rangeChanged(byUser)
    const onChanged = () => {
      timeline.off('changed', onChanged)
      onDrawn()
      scheduler.firstDraw()
    }
    timeline.on('rangechange', onRangeChange)
    timeline.on('rangechanged', onRangeChanged)
    timeline.on('changed', onChanged)
    return () => {
      scheduler.dispose()
      timeline.off('rangechange', onRangeChange)
      timeline.off('rangechanged', onRangeChanged)
      timeline.off('changed', onChanged)
    }
  }, [instance])
}
