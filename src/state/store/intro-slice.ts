import type { SetApp } from './app-store'

/** Whether the reader folded the introduction away: this browser's preference, like the theme. */
export const INTRO_STORAGE_KEY = 'coalition-timeline:intro'

export function readStoredIntroCollapsed(): boolean {
  try {
    return globalThis.localStorage?.getItem(INTRO_STORAGE_KEY) === 'collapsed'
  } catch {
    // Storage can be blocked: the introduction is shown.
    return false
  }
}

export type IntroActions = { setIntroCollapsed: (collapsed: boolean) => void }

export function introActions(set: SetApp): IntroActions {
  return {
    setIntroCollapsed: (introCollapsed) => {
      try {
        if (introCollapsed) globalThis.localStorage?.setItem(INTRO_STORAGE_KEY, 'collapsed')
        else globalThis.localStorage?.removeItem(INTRO_STORAGE_KEY)
      } catch {
        // Not remembered, but still applied for this visit.
      }
      set({ introCollapsed })
    },
  }
}
