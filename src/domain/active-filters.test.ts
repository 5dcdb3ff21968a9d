import { describe, expect, it } from 'vitest'
import { NO_FILTERS } from './filters'
import { activeFilters, hasActiveFilters } from './active-filters'
import { formatDay } from './dates'
import { buildVocabulary } from './categories'
import { DEFAULT_CATEGORIES } from '../dataset/schema'

describe('activeFilters', () => {
  it('labels every active value, and ignores a blank query', () => {
    const filters = { ...NO_FILTERS, countries: ['FR'], actors: ['x'], categories: ['summit' as const], query: ' nato ', from: '2025-03-01', to: '2025-03-31' }
    expect(activeFilters(filters, (id) => id.toUpperCase(), buildVocabulary(DEFAULT_CATEGORIES)).map((f) => f.label)).toEqual([
      'Summits', 'France', 'X', '“nato”', 'From 1 Mar 2025', 'To 31 Mar 2025',
    ])
    expect(hasActiveFilters(filters)).toBe(true)
    expect(hasActiveFilters({ ...NO_FILTERS, query: '   ' })).toBe(false)
  })

  it('shows a value that is not a date as it is', () => {
    expect(formatDay('soon')).toBe('soon')
  })
})
