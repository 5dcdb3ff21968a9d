import type { SetApp } from './app-store'

export const THEME_CHOICES = ['system', 'light', 'dark'] as const
export type ThemeChoice = (typeof THEME_CHOICES)[number]

/** A reader's preference for this browser: kept in localStorage, never in the URL (links are views, not looks). */
export const THEME_STORAGE_KEY = 'coalition-timeline:theme'

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value)
}

export function readStoredTheme(): ThemeChoice {
  try {
    const stored = globalThis.localStorage?.getItem(THEME_STORAGE_KEY)
    return isThemeChoice(stored) ? stored : 'system'
  } catch {
    // Storage can be blocked (privacy settings): fall back to the system's choice.
    return 'system'
  }
}

export type ThemeActions = { setTheme: (choice: ThemeChoice) => void }

export function themeActions(set: SetApp): ThemeActions {
  return {
    setTheme: (theme) => {
      try {
        if (theme === 'system') globalThis.localStorage?.removeItem(THEME_STORAGE_KEY)
        else globalThis.localStorage?.setItem(THEME_STORAGE_KEY, theme)
      } catch {
        // Not remembered, but still applied for this visit.
      }
      set({ theme })
    },
  }
}
