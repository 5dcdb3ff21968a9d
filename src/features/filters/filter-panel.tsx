import { useRef } from 'react'
import { ActiveFilterChips } from './active-filter-chips'
import { ActorFacet } from './actor-facet'
import { CategoryFacet } from './category-facet'
import { ClearAllButton } from './clear-all-button'
import { CountryFacet } from './country-facet'
import { DateRange } from './date-range'
import { ResultsLine } from './results-line'
import { SearchBox } from './search-box'
import { focusRing } from '../../ui/focus-ring'
import { useFacetOptions } from './use-facet-options'

/** Every filter control, with the result count and the active filters as removable chips. */
export function FilterPanel() {
  const options = useFacetOptions()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const focusHeading = () => headingRef.current?.focus()

  return (
    <section
      aria-labelledby="filters-heading"
      className="flex min-w-0 flex-col gap-4 rounded-lg border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 p-4 shadow-sm"
    >
      <div className="flex flex-col gap-0.5">
        <div className="flex items-center justify-between gap-2">
          <h2 id="filters-heading" ref={headingRef} tabIndex={-1} className={`rounded text-lg font-semibold text-slate-900 dark:text-slate-100 ${focusRing}`}>
            Filters
          </h2>
          <ClearAllButton onCleared={focusHeading} />
        </div>
        <ResultsLine />
      </div>
      <SearchBox />
      <ActiveFilterChips onEmptied={focusHeading} />
      <p className="text-xs text-slate-600 dark:text-slate-400">Within a group, any ticked value matches; across groups, all must match.</p>
      <CategoryFacet options={options.categories} />
      <CountryFacet options={options.countries} />
      <ActorFacet options={options.actors} />
      <DateRange />
    </section>
  )
}
