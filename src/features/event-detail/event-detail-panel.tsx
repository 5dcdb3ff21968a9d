import { useDatasetIndex } from '../../state/use-dataset'
import { useSelect, useSelectedId } from '../../state/view-store'
import { EventDetail } from './event-detail'

/** The selected event, in a labelled region; renders nothing when no event is selected. */
export function EventDetailPanel() {
  const index = useDatasetIndex()
  const selectedId = useSelectedId()
  const select = useSelect()
  const event = selectedId ? index.eventsById.get(selectedId) : undefined

  if (!event) return null
  return (
    <aside
      aria-labelledby="event-detail-heading"
      className="flex max-h-[calc(100vh-7rem)] flex-col overflow-hidden rounded-lg border border-slate-300 bg-white shadow-sm lg:sticky lg:top-4"
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <span className="text-sm font-medium text-slate-600">Event detail</span>
        <button
          type="button"
          onClick={() => select(null)}
          className="rounded-md px-2 py-1 text-sm font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
        >
          Close<span className="sr-only"> event detail</span>
        </button>
      </div>
      <div className="overflow-y-auto p-4">
        <EventDetail event={event} index={index} />
      </div>
    </aside>
  )
}
