import { useCallback, useSyncExternalStore } from 'react'

/** Whether a CSS media query matches now; re-renders when it starts or stops matching. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia?.(query)
      list?.addEventListener('change', onChange)
      return () => list?.removeEventListener('change', onChange)
    },
    [query],
  )
  // jsdom has no matchMedia: there, nothing matches (the narrow layout).
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(query).matches ?? false, () => false)
}

/** Tailwind's lg and 2xl breakpoints: filters beside the timeline; room for three columns. */
export const WIDE = '(min-width: 64rem)'
export const ROOMY = '(min-width: 96rem)'

/**
 * Room for the map beside the timeline, each about 36rem wide beside the filters. Narrower, the
 * timeline keeps the column (at 100,000 events it pans slowly when narrow) and the map is a view of
 * its own. Opening an event does not take the map away: selecting on it must not hide it.
 */
export const MAP_BESIDE = '(min-width: 100rem)'
