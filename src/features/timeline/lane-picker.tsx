import { LANE_GROUPINGS, type LaneGrouping } from '../../state/view-state'
import { focusRing } from '../../ui/focus-ring'

const LABELS: Record<LaneGrouping, string> = { category: 'Category', country: 'Country', actor: 'Actor' }

export function LanePicker({ value, onChange }: { value: LaneGrouping; onChange: (lanes: LaneGrouping) => void }) {
  return (
    <label className="flex items-center gap-2 text-sm font-medium text-slate-800 dark:text-slate-200">
      Lanes by
      <select
        value={value}
        onChange={(e) => onChange(e.target.value as LaneGrouping)}
        className={`rounded-md border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 px-2 py-1.5 text-sm ${focusRing}`}
      >
        {LANE_GROUPINGS.map((grouping) => (
          <option key={grouping} value={grouping}>
            {LABELS[grouping]}
          </option>
        ))}
      </select>
    </label>
  )
}
