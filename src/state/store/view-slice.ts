import type { Category } from '../../dataset/schema'
import type { Filters } from '../../domain/filters'
import { enterStepView, type StepView } from '../story-view'
import type { MapCamera } from '../map-param'
import { DEFAULT_VIEW, type LaneGrouping, type OutsideWindow, type TimeWindow, type ViewMode, type ViewState } from '../view-state'
import type { SetApp } from './app-store'

export type ViewActions = {
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
  setWindow: (timeWindow: TimeWindow | null) => void
  /** Shows a story's step (from 1) and its view, as one change: one history entry per step. */
  enterStep: (story: string, step: number, view: StepView) => void
  /** Closes the story and keeps what it shows, to explore from there. */
  leaveStory: () => void
  /** null fits the map to the events again. */
  setMapCamera: (camera: MapCamera | null) => void
  setOutsideWindow: (outside: OutsideWindow) => void
}


function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

/** The shareable view: ids and settings only, the dataset stays in TanStack Query. */
export function viewActions(set: SetApp): ViewActions {
  const patchView = (change: (view: ViewState) => Partial<ViewState>) => set((s) => ({ view: { ...s.view, ...change(s.view) } }))
  const setFilters = (change: (filters: Filters) => Partial<Filters>) =>
    patchView((v) => ({ filters: { ...v.filters, ...change(v.filters) } }))
  return {
    toggleCountry: (code) => setFilters((f) => ({ countries: toggle(f.countries, code) })),
    toggleActor: (id) => setFilters((f) => ({ actors: toggle(f.actors, id) })),
    toggleCategory: (category) => setFilters((f) => ({ categories: toggle(f.categories, category) })),
    filterOnly: (facet, value) => setFilters(() => ({ [facet]: [value] })),
    setQuery: (query) => setFilters(() => ({ query })),
    setDateRange: (from, to) => setFilters(() => ({ from, to })),
    clearFilters: () => patchView(() => ({ filters: DEFAULT_VIEW.filters })),
    setLanes: (lanes) => patchView(() => ({ lanes })),
    setView: (view) => patchView(() => ({ view })),
    select: (selected) => patchView(() => ({ selected })),
    setWindow: (timeWindow) => patchView(() => ({ window: timeWindow })),
    enterStep: (story, step, view) => set((s) => ({ view: enterStepView(s.view, story, step, view) })),
    leaveStory: () => patchView(() => ({ story: null, step: null })),
    setMapCamera: (map) => patchView(() => ({ map })),
    setOutsideWindow: (outside) => patchView(() => ({ outside })),
  }
}
