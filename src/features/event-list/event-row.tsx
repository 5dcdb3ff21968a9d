import type { Ref } from 'react'
import type { TimelineEvent } from '../../dataset/schema'
import type { CategoryStyle } from '../../domain/categories'
import { countryName } from '../../domain/countries'
import { formatEventDate } from '../../domain/dates'
import { CategoryLabel } from './category-label'
import { focusRing } from '../../ui/focus-ring'

type Props = {
  event: TimelineEvent
  category: CategoryStyle
  selected: boolean
  /** Called with the event's id, or null when the already selected event is pressed again. */
  onSelect: (id: string | null) => void
  rowRef?: Ref<HTMLTableRowElement>
}

const CELL = 'px-3 py-2 align-top'

/** What the map's point stands for: the list says so in words, as the map cannot. */
const PLACE_PRECISION: Record<NonNullable<TimelineEvent['place']>['precision'], string> = {
  building: 'on the map at the building',
  city: 'on the map at the city',
  country: 'on the map at the country',
}

export function EventRow({ event, category, selected, onSelect, rowRef }: Props) {
  return (
    <tr
      ref={rowRef}
      data-event-id={event.id}
      className={`border-t border-slate-200 dark:border-slate-700 ${selected ? 'bg-blue-50 dark:bg-blue-950' : 'hover:bg-slate-50 dark:hover:bg-slate-800'}`}
    >
      {/* The left bar marks the selected row without relying on the background colour alone. */}
      <td className={`${CELL} border-l-4 whitespace-nowrap text-slate-800 dark:text-slate-200 ${selected ? 'border-l-blue-700 dark:border-l-blue-400' : 'border-l-transparent'}`}>
        <time dateTime={event.start}>{formatEventDate(event)}</time>
      </td>
      <td className={`${CELL} min-w-48`}>
        <button
          type="button"
          aria-pressed={selected}
          onClick={() => onSelect(selected ? null : event.id)}
          className={`rounded-sm text-left text-slate-950 dark:text-slate-50 underline-offset-2 hover:underline ${selected ? 'font-semibold' : 'font-medium'} ${focusRing}`}
        >
          <bdi>{event.title}</bdi>
        </button>
        {event.disputes.length > 0 && (
          <span className="ml-2 inline-block rounded-sm border border-amber-400 dark:border-amber-500 bg-amber-50 dark:bg-amber-950 px-1.5 text-xs font-medium text-amber-950 dark:text-amber-100">
            disputed
          </span>
        )}
      </td>
      <td className={`${CELL} text-slate-700 dark:text-slate-300`}>
        <CategoryLabel style={category} />
      </td>
      <td className={`${CELL} min-w-32 text-slate-700 dark:text-slate-300`}>{event.countries.map(countryName).join(', ')}</td>
      <td className={`${CELL} min-w-32 text-slate-700 dark:text-slate-300`}>
        {event.location ? <bdi>{event.location}</bdi> : <span className="text-slate-500 dark:text-slate-400">not given</span>}
        {event.place && <span className="block text-xs text-slate-600 dark:text-slate-400">{PLACE_PRECISION[event.place.precision]}</span>}
      </td>
    </tr>
  )
}
