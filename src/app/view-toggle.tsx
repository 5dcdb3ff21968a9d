import { useHasPlaces } from '../features/map/use-has-places'
import { useActions, useViewMode } from '../state/store/hooks'
import { VIEW_MODES, type ViewMode } from '../state/view-state'
import { focusRing } from '../ui/focus-ring'

const LABELS: Record<ViewMode, string> = { timeline: 'Timeline', list: 'List', map: 'Map' }

/** Switches between the visual timeline, its text alternative the list, and the map (when there are places). */
export function ViewToggle() {
  const view = useViewMode()
  const hasPlaces = useHasPlaces()
  const { setView } = useActions()
  return (
    <div role="group" aria-label="View" className="inline-flex rounded-md border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 p-0.5">
      {VIEW_MODES.filter((mode) => mode !== 'map' || hasPlaces).map((mode) => (
        <button
          key={mode}
          type="button"
          aria-pressed={view === mode}
          onClick={() => setView(mode)}
          className={`rounded px-3 py-1.5 text-sm font-medium text-slate-800 dark:text-slate-200 aria-pressed:bg-slate-800 dark:aria-pressed:bg-slate-200 aria-pressed:text-white dark:aria-pressed:text-slate-900 ${focusRing}`}
        >
          {LABELS[mode]}
        </button>
      ))}
    </div>
  )
}
