import { create } from 'zustand'
import type { Category } from '../dataset/schema'
import { NO_FILTERS, type Filters } from '../domain/filters'
import { DEFAULT_VIEW, type LaneGrouping, type TimeWindow, type ViewMode, type ViewState } from './view-state'

type ViewActions = {
  toggleCountry: (code: string) => void
  toggleActor: (id: string) => void
  toggleCategory: (category: Category) => void
  /** Replaces one facet with exactly this value: what clicking a chip in the detail panel means. */
  filterOnly: (facet: 'countries' | 'actors', value: string) => void
  setQuery: (query: string) => void
  setDateRange: (from: string | null, to: string | null) => void
  clearFilters: () => void
  setLanes: (lanes: LaneGrouping) => void
  setView: (view: ViewMode) => void
  select: (id: string | null) => void
  setWindow: (window: TimeWindow | null) => void
  /** Swaps in a whole view, e.g. one parsed from the URL on load or on Back/Forward. */
  replaceView: (view: ViewState) => void
}

export type ViewStore = ViewState & ViewActions

function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

/**
 * The view in memory. Holds ids and settings only: the dataset stays in TanStack Query.
 * The URL is kept in step by url-sync, the one module that reads and writes it.
 */
export const useViewStore = create<ViewStore>()((set) => {
  const setFilters = (change: (filters: Filters) => Partial<Filters>) =>
    set((s) => ({ filters: { ...s.filters, ...change(s.filters) } }))
  return {
    ...DEFAULT_VIEW,
    toggleCountry: (code) => setFilters((f) => ({ countries: toggle(f.countries, code) })),
    toggleActor: (id) => setFilters((f) => ({ actors: toggle(f.actors, id) })),
    toggleCategory: (category) => setFilters((f) => ({ categories: toggle(f.categories, category) })),
    filterOnly: (facet, value) => setFilters(() => ({ [facet]: [value] })),
    setQuery: (query) => setFilters(() => ({ query })),
    setDateRange: (from, to) => setFilters(() => ({ from, to })),
    clearFilters: () => set({ filters: NO_FILTERS }),
    setLanes: (lanes) => set({ lanes }),
    setView: (view) => set({ view }),
    select: (selected) => set({ selected }),
    setWindow: (window) => set({ window }),
    replaceView: (view) => set(view),
  }
})

/** The view state alone, without actions, for serialising. */
export function viewStateOf(store: ViewStore): ViewState {
  const { filters, lanes, view, selected, window } = store
  return { filters, lanes, view, selected, window }
}

export const useFilters = () => useViewStore((s) => s.filters)
export const useSelectedId = () => useViewStore((s) => s.selected)
export const useSelect = () => useViewStore((s) => s.select)
export const useLanes = () => useViewStore((s) => s.lanes)
export const useViewMode = () => useViewStore((s) => s.view)
export const useTimeWindow = () => useViewStore((s) => s.window)
