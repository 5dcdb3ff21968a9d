import { countryName } from '../../domain/countries'
import { useActions, useFilters } from '../../state/store/hooks'
import type { FacetOptions } from './use-facet-options'
import { FacetOption } from './facet-option'
import { fieldsetClass, legendClass, scrollListClass } from './styles'

export function CountryFacet({ options }: { options: FacetOptions['countries'] }) {
  const selected = useFilters().countries
  const { toggleCountry } = useActions()
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Countries</legend>
      {options.length === 0 && <p className="px-1 py-1.5 text-sm text-slate-600 dark:text-slate-400">No countries in this dataset.</p>}
      <div className={scrollListClass}>
        {options.map(([code, count]) => (
          <FacetOption
            key={code}
            label={countryName(code)}
            count={count}
            checked={selected.includes(code)}
            value={code}
            onToggle={toggleCountry}
          />
        ))}
      </div>
    </fieldset>
  )
}
