import type { CategoryStyle } from '../../domain/categories'
import { Swatch } from '../../ui/swatch'

export function CategoryLegend({ categories }: { categories: readonly CategoryStyle[] }) {
  return (
    <ul aria-label="Lane colours" className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
      {categories.map((style) => (
        <li key={style.id} className="flex items-center gap-1.5">
          <Swatch colour={style.colour} />
          <bdi>{style.label}</bdi>
        </li>
      ))}
    </ul>
  )
}
