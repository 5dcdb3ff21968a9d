import { categoryStyle } from '../../domain/categories'
import { useDatasetIndex } from '../../state/use-dataset'
import { useFilteredEvents } from '../../state/use-filtered-events'
import { useActions, useSelectedId } from '../../state/store/hooks'
import { EventRow } from './event-row'
import { useScrollIntoView } from './use-scroll-into-view'
import { SKIP_TARGETS } from '../../ui/skip-link'

const HEADER = 'px-3 py-2 text-left font-semibold text-slate-700 dark:text-slate-300'

/** The text alternative to the timeline: the filtered events as a table, in time order. */
export function EventList() {
  const events = useFilteredEvents()
  const selectedId = useSelectedId()
  const { select } = useActions()
  const { categories } = useDatasetIndex()
  const selectedRowRef = useScrollIntoView<HTMLTableRowElement>(selectedId)

  if (events.length === 0) {
    return (
      <p id={SKIP_TARGETS.events} tabIndex={-1} className="rounded-lg border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 px-4 py-6 text-center text-slate-700 dark:text-slate-300">
        No events match these filters.
      </p>
    )
  }

  return (
    // The table scrolls sideways inside this box at narrow widths; the page never does.
    // tabIndex -1: the "Skip to the events" link moves focus here.
    <div id={SKIP_TARGETS.events} tabIndex={-1} className="max-w-full min-w-0 overflow-x-auto rounded-lg border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900">
      <table className="w-full border-collapse text-sm">
        <caption className="px-3 py-2 text-left text-sm text-slate-600 dark:text-slate-400">
          Events in time order, {events.length} shown
        </caption>
        <thead className="bg-slate-100 dark:bg-slate-800">
          <tr>
            <th scope="col" className={`${HEADER} border-l-4 border-l-transparent`}>
              Date
            </th>
            <th scope="col" className={HEADER}>
              Event
            </th>
            <th scope="col" className={HEADER}>
              Category
            </th>
            <th scope="col" className={HEADER}>
              Countries
            </th>
            <th scope="col" className={HEADER}>
              Place
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const selected = event.id === selectedId
            return (
              <EventRow
                key={event.id}
                event={event}
                category={categoryStyle(categories, event.category)}
                selected={selected}
                onSelect={select}
                rowRef={selected ? selectedRowRef : undefined}
              />
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
