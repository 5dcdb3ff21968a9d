import { useAppStore } from '../../state/store/app-store'
import { useActions } from '../../state/store/hooks'
import { hasActiveFilters } from '../../domain/active-filters'
import { focusRing } from '../../ui/focus-ring'

/** Disabled while nothing is filtered; `onCleared` moves focus somewhere that still exists. */
export function ClearAllButton({ onCleared }: { onCleared: () => void }) {
  const active = useAppStore((s) => hasActiveFilters(s.view.filters))
  const { clearFilters } = useActions()
  return (
    <button
      type="button"
      disabled={!active}
      onClick={() => {
        clearFilters()
        onCleared()
      }}
      className={`min-h-8 rounded-md px-2.5 text-sm font-medium text-blue-800 dark:text-blue-300 hover:bg-slate-100 dark:hover:bg-slate-800 disabled:cursor-not-allowed disabled:text-slate-600 dark:disabled:text-slate-400 disabled:hover:bg-transparent ${focusRing}`}
    >
      Clear all
    </button>
  )
}
