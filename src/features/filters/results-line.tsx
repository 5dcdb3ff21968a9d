import { useDatasetIndex } from '../../state/use-dataset'
import { useFilteredEvents } from '../../state/use-filtered-events'

/** "N of M events", announced politely whenever the filters change it. */
export function ResultsLine() {
  const total = useDatasetIndex().events.length
  const shown = useFilteredEvents().length
  return (
    <p role="status" aria-live="polite" className="text-sm text-slate-700 dark:text-slate-300">
      <span className="font-semibold text-slate-900 dark:text-slate-100 tabular-nums">{shown}</span> of{' '}
      <span className="tabular-nums">{total}</span> {total === 1 ? 'event' : 'events'}
    </p>
  )
}
