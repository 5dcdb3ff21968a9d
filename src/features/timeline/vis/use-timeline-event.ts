import { useEffect, useEffectEvent } from 'react'
import type { Timeline } from 'vis-timeline/esnext'

/** What vis hands each listener, for the events the wrapper listens to. */
export type VisEvents = {
  select: { items: (string | number)[] }
  rangechange: { start: Date; end: Date; byUser: boolean }
  rangechanged: { start: Date; end: Date; byUser: boolean }
  changed: undefined
}

/** One subscription to one vis event, for the life of the timeline; the handler may change freely. */
export function useTimelineEvent<K extends keyof VisEvents>(
  timeline: Timeline | undefined,
  name: K,
  handler: (properties: VisEvents[K]) => void,
): void {
  const onEvent = useEffectEvent(handler)
  useEffect(() => {
    if (!timeline) return
    const listener = (properties?: unknown) => onEvent(properties as VisEvents[K])
    timeline.on(name, listener)
    return () => timeline.off(name, listener)
  }, [timeline, name])
}
