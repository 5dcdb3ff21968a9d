import type { TimelineEvent } from '../dataset/schema'
import { fullBits } from '../domain/bitset'
import { buildFilterIndex } from '../domain/filter-index'
import type { LaneGrouping } from '../state/view-state'
import { buildLaneModel, type LaneModel, type LaneNames } from '../features/timeline/lanes'

/** The lanes of every one of `events` (in time order), as the timeline builds them from its index. */
export function laneModelOf(events: readonly TimelineEvent[], grouping: LaneGrouping, names: LaneNames): LaneModel {
  const index = buildFilterIndex(events, () => '')
  return buildLaneModel(index, fullBits(index.size), grouping, names)
}
