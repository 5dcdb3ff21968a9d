import { CATEGORY_STYLES } from '../../domain/categories'
import { useActions, useFilters } from '../../state/store/hooks'
import type { FacetOptions } from './use-facet-options'
import { FacetOption } from './facet-option'
import { fieldsetClass, legendClass } from './styles'

export function CategoryFacet({ options }: { options: FacetOptions['categories'] }) {
  const selected = useFilters().categories
  const { toggleCategory } = useActions()
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Categories</legend>
      <div className="flex flex-col">
        {options.map(([category, count]) => (
          <FacetOption
            key={category}
            label={CATEGORY_STYLES[category].label}
            count={count}
            checked={selected.includes(category)}
            value={category}
            onToggle={toggleCategory}
            marker={
              <span
                aria-hidden="true"
                className="inline-block size-3 shrink-0 rounded-full border border-slate-900/30 dark:border-white/40"
                style={{ backgroundColor: CATEGORY_STYLES[category].colour }}
              />
            }
          />
        ))}
      </div>
    </fieldset>
  )
}
