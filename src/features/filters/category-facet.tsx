import { categoryStyle } from '../../domain/categories'
import { useDatasetIndex } from '../../state/use-dataset'
import { Swatch } from '../../ui/swatch'
import { useActions, useFilters } from '../../state/store/hooks'
import type { FacetOptions } from './use-facet-options'
import { FacetOption } from './facet-option'
import { fieldsetClass, legendClass } from './styles'

export function CategoryFacet({ options }: { options: FacetOptions['categories'] }) {
  const selected = useFilters().categories
  const { toggleCategory } = useActions()
  const { categories } = useDatasetIndex()
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Categories</legend>
      <div className="flex flex-col">
        {options.map(([category, count]) => (
          <FacetOption
            key={category}
            label={categoryStyle(categories, category).label}
            count={count}
            checked={selected.includes(category)}
            value={category}
            onToggle={toggleCategory}
            marker={<Swatch colour={categoryStyle(categories, category).colour} />}
          />
        ))}
      </div>
    </fieldset>
  )
}
