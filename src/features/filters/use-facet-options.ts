import { useMemo } from 'react'
import type { Category } from '../../dataset/schema'
import { countryName } from '../../domain/countries'
import { computeFacets, sortFacetEntries } from '../../domain/facets'
import { useDatasetIndex } from '../../state/use-dataset'
import { useFilters } from '../../state/store/hooks'
import { withAllValues } from './facet-values'

export type FacetOptions = {
  /** In lane (category) order. */
  categories: [Category, number][]
  /** Most events first, then by country name. */
  countries: [string, number][]
  /** Most events first, then by actor name; grouped by country at display time. */
  actors: [string, number][]
}

/** Every facet value the dataset has, with its faceted count under the current filters. */
export function useFacetOptions(): FacetOptions {
  const index = useDatasetIndex()
  const filters = useFilters()
  const universe = useMemo(
    () => ({
      categories: new Set(index.events.map((e) => e.category)),
      countries: new Set(index.events.flatMap((e) => e.countries)),
      actors: new Set(index.events.flatMap((e) => e.actors)),
    }),
    [index],
  )
  return useMemo(() => {
    const counts = computeFacets(index.filterIndex, filters)
    const categories = withAllValues(counts.categories, universe.categories)
    const actorName = (id: string) => index.actorsById.get(id)?.name ?? id
    return {
      categories: index.categories.list.filter((c) => categories.has(c.id)).map((c) => [c.id, categories.get(c.id) ?? 0]),
      countries: sortFacetEntries(withAllValues(counts.countries, universe.countries), countryName),
      actors: sortFacetEntries(withAllValues(counts.actors, universe.actors), actorName),
    }
  }, [index, filters, universe])
}
