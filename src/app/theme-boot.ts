import { useAppStore } from '../state/store/app-store'
import type { ThemeChoice } from '../state/store/theme-slice'

/**
 * Imported first by main.tsx, so the `dark` class is on <html> before React paints anything
 * (the CSP forbids an inline script in index.html). Then keeps it in step with the reader's
 * choice and, for "system", with the operating system's setting.
 */
const systemDark = window.matchMedia?.('(prefers-color-scheme: dark)')

function apply(choice: ThemeChoice): void {
  const dark = choice === 'dark' || (choice === 'system' && systemDark?.matches === true)
  document.documentElement.classList.toggle('dark', dark)
}

apply(useAppStore.getState().theme)
useAppStore.subscribe((state, prev) => {
  if (state.theme !== prev.theme) apply(state.theme)
})
systemDark?.addEventListener('change', () => apply(useAppStore.getState().theme))
