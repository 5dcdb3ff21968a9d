import { useId } from 'react'
import { useDatasetIndex } from '../../state/use-dataset'
import { useActions, useFilters } from '../../state/store/hooks'
import { fieldsetClass, legendClass, textInputClass } from './styles'

/**
 * Inclusive day bounds. A browser reports an incomplete date as "", which clears that bound;
 * a reversed range is allowed (it matches nothing) and explained.
 */
export function DateRange() {
  const { dayBounds: bounds } = useDatasetIndex()
  const { from, to } = useFilters()
  const { setDateRange } = useActions()
  const reversed = from !== null && to !== null && from > to
  const hintId = useId()
  const inputProps = {
    min: bounds?.min,
    max: bounds?.max,
    'aria-describedby': reversed ? hintId : undefined,
    className: textInputClass,
  }

  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Dates</legend>
      <div className="grid grid-cols-2 gap-2">
        <label className="flex flex-col gap-1 text-sm text-slate-800 dark:text-slate-200">
          From
          <input type="date" value={from ?? ''} onChange={(e) => setDateRange(e.target.value || null, to)} {...inputProps} />
        </label>
        <label className="flex flex-col gap-1 text-sm text-slate-800 dark:text-slate-200">
          To
          <input
            type="date"
            value={to ?? ''}
            onChange={(e) => setDateRange(from, e.target.value || null)}
            aria-invalid={reversed || undefined}
            {...inputProps}
          />
        </label>
      </div>
      {reversed && (
        <p id={hintId} className="text-sm text-amber-900 dark:text-amber-300">
          “From” is after “To”, so no event matches.
        </p>
      )}
    </fieldset>
  )
}
