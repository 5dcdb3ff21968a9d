import type { Category } from '../../dataset/schema'
import { CATEGORY_STYLES } from '../../domain/categories'

/** The category's colour swatch (decorative) and its label. */
export function CategoryLabel({ category }: { category: Category }) {
  const style = CATEGORY_STYLES[category]
  return (
    <span className="flex items-center gap-1.5 whitespace-nowrap">
      <span
        aria-hidden="true"
        className="inline-block size-3 shrink-0 rounded-full border border-slate-900/30 dark:border-white/40"
        style={{ backgroundColor: style.colour }}
      />
      {style.label}
    </span>
  )
}
