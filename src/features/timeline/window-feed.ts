import type { TimeWindow } from '../../state/view-state'

/**
 * The window vis shows right now, moment by moment (every frame of a drag), for the overview's brush:
 * an external store, so only what subscribes re-renders, not the whole timeline.
 */
export type WindowFeed = {
  get: () => TimeWindow | null
  set: (timeWindow: TimeWindow) => void
  subscribe: (listener: () => void) => () => void
}

export function createWindowFeed(): WindowFeed {
  let current: TimeWindow | null = null
  const listeners = new Set<() => void>()
  return {
    get: () => current,
    set(next) {
      if (current && current.start === next.start && current.end === next.end) return
      current = next
      for (const listener of listeners) listener()
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
