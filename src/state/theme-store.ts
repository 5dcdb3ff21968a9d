import { create } from 'zustand'

export const THEME_CHOICES = ['system', 'light', 'dark'] as const
export type ThemeChoice = (typeof THEME_CHOICES)[number]

/** A reader's preference for this browser: kept in localStorage, never in the URL (links are views, not looks). */
export const THEME_STORAGE_KEY = 'coalition-timeline:theme'

function isThemeChoice(value: unknown): value is ThemeChoice {
  return typeof value === 'string' && (THEME_CHOICES as readonly string[]).includes(value)
}

function readStoredChoice(): ThemeChoice {
  try {
    const stored = globalThis.localStorage?.getItem(THEME_STORAGE_KEY)
    return isThemeChoice(stored) ? stored : 'system'
  } catch {
    // Storage can be blocked (privacy settings): fall back to the system's choice.
    return 'system'
  }
}

type ThemeState = { choice: ThemeChoice; setChoice: (choice: ThemeChoice) => void }

export const useThemeStore = create<ThemeState>()((set) => ({
  choice: readStoredChoice(),
  setChoice: (choice) => {
    try {
      if (choice === 'system') globalThis.localStorage?.removeItem(THEME_STORAGE_KEY)
      else globalThis.localStorage?.setItem(THEME_STORAGE_KEY, choice)
    } catch {
      // Not remembered, but still applied for this visit.
    }
    set({ choice })
  },
}))

export const useThemeChoice = () => useThemeStore((s) => s.choice)
export const useSetThemeChoice = () => useThemeStore((s) => s.setChoice)
