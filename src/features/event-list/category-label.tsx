import type { CategoryStyle } from '../../domain/categories'
import { Swatch } from '../../ui/swatch'

/** The category's colour swatch (decorative) and its label. */
export function CategoryLabel({ style }: { style: CategoryStyle }) {
  return (
    <span className="flex items-center gap-1.5 whitespace-nowrap">
      <Swatch colour={style.colour} />
      <bdi>{style.label}</bdi>
    </span>
  )
}
