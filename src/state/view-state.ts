import type { Filters } from '../domain/filters'
import { NO_FILTERS } from '../domain/filters'

export const LANE_GROUPINGS = ['category', 'country', 'actor'] as const
export type LaneGrouping = (typeof LANE_GROUPINGS)[number]

export const VIEW_MODES = ['timeline', 'list'] as const
export type ViewMode = (typeof VIEW_MODES)[number]

/** The visible time window, in UTC milliseconds. */
export type TimeWindow = { start: number; end: number }

/** Everything that makes a view: what a shared link must reproduce. */
export type ViewState = {
  filters: Filters
  lanes: LaneGrouping
  view: ViewMode
  selected: string | null
  window: TimeWindow | null
}

export const DEFAULT_VIEW: ViewState = {
  filters: NO_FILTERS,
  lanes: 'category',
  view: 'timeline',
  selected: null,
  window: null,
}
