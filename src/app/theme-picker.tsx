import { useActions, useThemeChoice } from '../state/store/hooks'
import { THEME_CHOICES, type ThemeChoice } from '../state/store/theme-slice'
import { focusRing } from '../ui/focus-ring'

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' }

/** Light, dark, or whatever the system says; remembered in this browser only. */
export function ThemePicker() {
  const choice = useThemeChoice()
  const { setTheme: setChoice } = useActions()
  return (
    <label className="flex items-center gap-2 text-sm font-medium text-slate-800 dark:text-slate-200">
      Theme
      <select
        value={choice}
        onChange={(e) => setChoice(e.target.value as ThemeChoice)}
        className={`rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 ${focusRing}`}
      >
        {THEME_CHOICES.map((value) => (
          <option key={value} value={value}>
            {LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  )
}
