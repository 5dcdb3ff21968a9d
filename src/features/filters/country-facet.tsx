import { countryName } from '../../domain/countries'
import { useViewStore } from '../../state/view-store'
import type { FacetOptions } from './use-facet-options'
import { FacetOption } from './facet-option'
import { fieldsetClass, legendClass, scrollListClass } from './styles'

export function CountryFacet({ options }: { options: FacetOptions['countries'] }) {
  const selected = useViewStore((s) => s.filters.countries)
  const toggleCountry = useViewStore((s) => s.toggleCountry)
  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Countries</legend>
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
