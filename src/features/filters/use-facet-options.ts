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
  return useMemo(() => {
    // The index's facet bitsets are keyed by every value the dataset has: no pass over the events.
    const universe = index.filterIndex.byValue
    const counts = computeFacets(index.filterIndex, filters)
    const categories = withAllValues(counts.categories, universe.categories.keys())
    const actorName = (id: string) => index.actorsById.get(id)?.name ?? id
    return {
      categories: index.categories.list.filter((c) => categories.has(c.id)).map((c) => [c.id, categories.get(c.id) ?? 0]),
      countries: sortFacetEntries(withAllValues(counts.countries, universe.countries.keys()), countryName),
      actors: sortFacetEntries(withAllValues(counts.actors, universe.actors.keys()), actorName),
    }
  }, [index, filters])
}
