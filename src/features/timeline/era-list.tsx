import type { Era } from '../../dataset/schema'
import { dateMs, DAY_MS, formatDayRange } from '../../domain/dates'

/** The periods drawn behind the lanes, in words: the bands' text alternative. */
export function EraList({ eras }: { eras: readonly Era[] }) {
  if (eras.length === 0) return null
  return (
    <ul aria-label="Periods" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
      {eras.map((era, i) => (
        <li key={i} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-3 w-5 rounded-sm border border-slate-400 bg-slate-200 dark:border-slate-500 dark:bg-slate-700" />
          <bdi>{era.title}</bdi>
          <span className="text-slate-600 dark:text-slate-400">({formatDayRange(dateMs(era.start), dateMs(era.end) + DAY_MS - 1)})</span>
        </li>
      ))}
    </ul>
  )
}
