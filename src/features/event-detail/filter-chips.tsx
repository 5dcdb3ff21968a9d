import { focusRing } from '../../ui/focus-ring'
type Chip = { value: string; label: string; detail?: string }

type Props = { chips: readonly Chip[]; onPick: (value: string) => void; describe: (label: string) => string }

/** Chips that narrow the view to one value: the quickest way from an event to its neighbours. */
export function FilterChips({ chips, onPick, describe }: Props) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {chips.map((chip) => (
        <li key={chip.value}>
          <button
            type="button"
            onClick={() => onPick(chip.value)}
            title={describe(chip.label)}
            className={`min-h-8 rounded-full border border-slate-300 dark:border-slate-600 bg-slate-50 dark:bg-slate-800 px-3 py-1 text-left text-sm text-slate-900 dark:text-slate-100 hover:border-blue-700 dark:hover:border-blue-400 hover:bg-blue-50 dark:hover:bg-blue-950 ${focusRing}`}
          >
            <bdi>{chip.label}</bdi>
            {chip.detail && <span className="text-slate-600 dark:text-slate-400"> — <bdi>{chip.detail}</bdi></span>}
            <span className="sr-only">: {describe(chip.label)}</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
