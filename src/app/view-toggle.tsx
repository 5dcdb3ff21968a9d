import { useViewMode, useViewStore } from '../state/view-store'
import { VIEW_MODES, type ViewMode } from '../state/view-state'

const LABELS: Record<ViewMode, string> = { timeline: 'Timeline', list: 'List' }

/** Switches between the visual timeline and its text alternative, the list. */
export function ViewToggle() {
  const view = useViewMode()
  const setView = useViewStore((s) => s.setView)
  return (
    <div role="group" aria-label="View" className="inline-flex rounded-md border border-slate-300 bg-white p-0.5">
      {VIEW_MODES.map((mode) => (
        <button
          key={mode}
          type="button"
          aria-pressed={view === mode}
          onClick={() => setView(mode)}
          className="rounded px-3 py-1.5 text-sm font-medium text-slate-800 aria-pressed:bg-slate-800 aria-pressed:text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
        >
          {LABELS[mode]}
        </button>
      ))}
    </div>
  )
}
