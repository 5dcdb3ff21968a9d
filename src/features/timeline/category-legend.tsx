import type { Category } from '../../dataset/schema'
import { CATEGORY_STYLES } from '../../domain/categories'

export function CategoryLegend({ categories }: { categories: readonly Category[] }) {
  return (
    <ul aria-label="Lane colours" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
      {categories.map((category) => (
        <li key={category} className="flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className="inline-block size-3 rounded-full border border-slate-900/30 dark:border-white/40"
            style={{ backgroundColor: CATEGORY_STYLES[category].colour }}
          />
          {CATEGORY_STYLES[category].label}
        </li>
      ))}
    </ul>
  )
}
