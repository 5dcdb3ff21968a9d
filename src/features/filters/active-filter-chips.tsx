import { useEffect, useRef } from 'react'
import { useDatasetIndex } from '../../state/use-dataset'
import { useActions, useFilters } from '../../state/store/hooks'
import { activeFilters, type ActiveFilter } from '../../domain/active-filters'
import { focusRing } from '../../ui/focus-ring'

const chipKey = (chip: ActiveFilter) => ('value' in chip ? `${chip.kind}:${chip.value}` : chip.kind)

/**
 * One button per active filter value; pressing it removes that value. Focus then moves to the
 * chip that took its place, or to `onEmptied` when none is left, so keyboard users are not lost.
 */
export function ActiveFilterChips({ onEmptied }: { onEmptied: () => void }) {
  const { actorsById, categories } = useDatasetIndex()
  const filters = useFilters()
  const actions = useActions()
  const chips = activeFilters(filters, (id) => actorsById.get(id)?.name ?? id, categories)
  const listRef = useRef<HTMLUListElement>(null)
  const focusIndex = useRef<number | null>(null)

  useEffect(() => {
    if (focusIndex.current === null) return
    const buttons = listRef.current?.querySelectorAll('button')
    const next = buttons?.[Math.min(focusIndex.current, buttons.length - 1)]
    focusIndex.current = null
    if (next) next.focus()
    else onEmptied()
  })

  function remove(chip: ActiveFilter, index: number) {
    focusIndex.current = index
    if (chip.kind === 'country') actions.toggleCountry(chip.value)
    else if (chip.kind === 'actor') actions.toggleActor(chip.value)
    else if (chip.kind === 'category') actions.toggleCategory(chip.value)
    else if (chip.kind === 'query') actions.setQuery('')
    else if (chip.kind === 'from') actions.setDateRange(null, filters.to)
    else actions.setDateRange(filters.from, null)
  }

  if (chips.length === 0) return null
  return (
    <ul ref={listRef} aria-label="Active filters" className="flex flex-wrap gap-1.5">
      {chips.map((chip, i) => (
        <li key={chipKey(chip)}>
          <button
            type="button"
            onClick={() => remove(chip, i)}
            aria-label={`Remove filter: ${chip.label}`}
            className={`flex min-h-8 items-center gap-1.5 rounded-full border border-slate-300 dark:border-slate-600 bg-slate-100 dark:bg-slate-800 px-3 text-sm text-slate-800 dark:text-slate-200 hover:bg-slate-200 dark:hover:bg-slate-700 ${focusRing}`}
          >
            <bdi>{chip.label}</bdi>
            <span aria-hidden="true" className="text-slate-600 dark:text-slate-400">
              ×
            </span>
          </button>
        </li>
      ))}
    </ul>
  )
}
