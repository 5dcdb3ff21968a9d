import { useThemeStore, type ThemeChoice } from '../state/theme-store'

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

apply(useThemeStore.getState().choice)
useThemeStore.subscribe((state) => apply(state.choice))
systemDark?.addEventListener('change', () => apply(useThemeStore.getState().choice))
