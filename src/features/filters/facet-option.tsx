import { memo, type ReactNode } from 'react'
import { focusRing } from '../../ui/focus-ring'

type Props<V extends string> = {
  value: V
  label: string
  count: number
  checked: boolean
  /** A stable store action, so unchanged rows skip re-rendering on a filter change. */
  onToggle: (value: V) => void
  /** Shown before the label, e.g. a colour swatch; hidden from assistive technology. */
  marker?: ReactNode
}

/**
 * One facet checkbox. The accessible name is the label then the count, e.g. "France (3)".
 * A value no event would match is dimmed but stays operable; a ticked one is never dimmed.
 */
function FacetOptionRow<V extends string>({ value, label, count, checked, onToggle, marker }: Props<V>) {
  const dimmed = count === 0 && !checked
  return (
    <label
      className={`flex min-h-8 cursor-pointer items-center gap-2 rounded px-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800 ${
        dimmed ? 'text-slate-600 dark:text-slate-400' : 'text-slate-900 dark:text-slate-100'
      }`}
    >
      <input
        type="checkbox"
        checked={checked}
        onChange={() => onToggle(value)}
        className={`size-4 shrink-0 accent-blue-700 dark:accent-blue-400 ${focusRing}`}
      />
      {marker}
      <span className="min-w-0 flex-1 break-words">
        <bdi>{label}</bdi> <span className="text-slate-600 dark:text-slate-400 tabular-nums">({count})</span>
      </span>
    </label>
  )
}

// A long list of countries or actors re-renders only the rows whose count or state changed.
export const FacetOption = memo(FacetOptionRow) as typeof FacetOptionRow
