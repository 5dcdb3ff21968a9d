import type { Category } from '../dataset/schema'

/**
 * What the reader asked to see. Within one facet values combine with OR; across facets with AND.
 * Empty lists and null bounds mean "no constraint".
 */
export type Filters = {
  countries: readonly string[]
  actors: readonly string[]
  categories: readonly Category[]
  /** Free text, matched case- and accent-insensitively. */
  query: string
  /** Inclusive calendar-day bounds, YYYY-MM-DD. */
  from: string | null
  to: string | null
}

export const NO_FILTERS: Filters = { countries: [], actors: [], categories: [], query: '', from: null, to: null }
