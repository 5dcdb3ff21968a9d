import type { Category } from '../dataset/schema'
import { categoryStyle, type Vocabulary } from './categories'
import { countryName } from './countries'
import type { Filters } from './filters'
import { queryWords } from '../dataset/normalise-text'
import { formatDay } from './dates'

/** One removable piece of the current filters, as a chip shows it. */
export type ActiveFilter =
  | { kind: 'country'; value: string; label: string }
  | { kind: 'actor'; value: string; label: string }
  | { kind: 'category'; value: Category; label: string }
  | { kind: 'query' | 'from' | 'to'; label: string }

/** How many chips the filters make; a blank query constrains nothing, so it does not count. */
export function activeFilterCount(f: Filters): number {
  const lists = f.countries.length + f.actors.length + f.categories.length
  return lists + Number(queryWords(f.query).length > 0) + Number(f.from !== null) + Number(f.to !== null)
}

export function hasActiveFilters(f: Filters): boolean {
  return activeFilterCount(f) > 0
}

export function activeFilters(f: Filters, actorName: (id: string) => string, vocabulary: Vocabulary): ActiveFilter[] {
  return [
    ...f.categories.map((value) => ({ kind: 'category' as const, value, label: categoryStyle(vocabulary, value).label })),
    ...f.countries.map((value) => ({ kind: 'country' as const, value, label: countryName(value) })),
    ...f.actors.map((value) => ({ kind: 'actor' as const, value, label: actorName(value) })),
    ...(queryWords(f.query).length > 0 ? [{ kind: 'query' as const, label: `“${f.query.trim()}”` }] : []),
    ...(f.from !== null ? [{ kind: 'from' as const, label: `From ${formatDay(f.from)}` }] : []),
    ...(f.to !== null ? [{ kind: 'to' as const, label: `To ${formatDay(f.to)}` }] : []),
  ]
}
