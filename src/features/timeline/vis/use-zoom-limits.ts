import { useLayoutEffect } from 'react'
import type { TimelineInstance } from './use-timeline-instance'

/** The dataset's zoom limits, set before the window is: vis clamps any window to them. */
export function useZoomLimits(instance: TimelineInstance | null, zoomMin: number, zoomMax: number): void {
  useLayoutEffect(() => {
    instance?.timeline.setOptions({ zoomMin, zoomMax })
  }, [instance, zoomMin, zoomMax])
}
