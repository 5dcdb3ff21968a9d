import { useEffect } from 'react'
import type { TimeWindow } from '../../../state/view-state'
import { centreWidth } from './label-lane-names'
import type { TimelineInstance } from './use-timeline-instance'

/** Long enough to follow where the timeline went, short enough not to wait for it. */
export const STORY_ANIMATION = { duration: 700, easingFunction: 'easeInOutQuad' } as const

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false

/**
 * Moves vis to the window the view asks for (a link, Back, Fit), once it has drawn. `target` gives
 * that window for the current width; it is read only when `window` or readiness changes, so a filter
 * change never moves a window the reader chose. With `animate` (a story's steps) it glides there,
 * unless the reader asked for reduced motion.
 */
export function useControlledWindow(
  instance: TimelineInstance | null,
  timeWindow: TimeWindow | null,
  target: (widthPx: number) => TimeWindow | null,
  ready: boolean,
  animate = false,
): void {
  useEffect(() => {
    if (!instance || !ready) return
    const { timeline, container } = instance
    const width = centreWidth(container)
    const wanted = timeWindow ?? target(width)
    if (!wanted) return
    const current = timeline.getWindow()
    const tolerance = (wanted.end - wanted.start) / Math.max(width, 1)
    if (Math.abs(+current.start - wanted.start) > tolerance || Math.abs(+current.end - wanted.end) > tolerance) {
      timeline.setWindow(wanted.start, wanted.end, { animation: animate && !reducedMotion() ? STORY_ANIMATION : false })
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- see above: `target` changes with filters
  }, [instance, timeWindow, ready])
}
