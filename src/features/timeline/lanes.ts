import type { Actor, TimelineEvent } from '../../dataset/schema'
import type { Span } from '../../domain/dataset-index'
import { CATEGORY_ORDER, CATEGORY_STYLES } from '../../domain/categories'
import { countryName } from '../../domain/countries'
import { isPointEvent } from '../../domain/dates'
import type { LaneGrouping } from '../../state/view-state'
import { laneGroupId, type VisGroup } from './to-vis-items'


const NO_ACTOR = '(none)'

/** Lane keys of one event: an event with several countries or actors sits in each of their lanes. */
function laneKeys(event: TimelineEvent, grouping: LaneGrouping): readonly string[] {
  if (grouping === 'category') return [event.category]
  if (grouping === 'country') return event.countries
  return event.actors.length ? event.actors : [NO_ACTOR]
}

function laneLabel(key: string, grouping: LaneGrouping, actorsById: ReadonlyMap<string, Actor>): string {
  if (grouping === 'category') return CATEGORY_STYLES[key as keyof typeof CATEGORY_STYLES].label
  if (grouping === 'country') return countryName(key)
  return key === NO_ACTOR ? 'No named actor' : (actorsById.get(key)?.name ?? key)
}

function laneGroups(keys: Iterable<string>, grouping: LaneGrouping, actorsById: ReadonlyMap<string, Actor>): VisGroup[] {
  const labelled = [...keys].map((key) => ({ key, label: laneLabel(key, grouping, actorsById) }))
  if (grouping === 'category') {
    labelled.sort((a, b) => CATEGORY_ORDER.indexOf(a.key as never) - CATEGORY_ORDER.indexOf(b.key as never))
  } else {
    labelled.sort((a, b) => Number(a.key === NO_ACTOR) - Number(b.key === NO_ACTOR) || a.label.localeCompare(b.label))
  }
  return labelled.map(({ key, label }, order) => ({
    id: laneGroupId(key),
    key,
    content: label,
    order,
    ...(grouping === 'category' ? { colour: CATEGORY_STYLES[key as keyof typeof CATEGORY_STYLES].colour } : {}),
  }))
}

/** One lane's events in start order, with the times needed to find what is in a window fast. */
export type Lane = {
  key: string
  events: TimelineEvent[]
  /** Drawn start and end in ms (a point ends where it starts), parallel to `events`. */
  starts: number[]
  ends: number[]
  /** Longest item, so a search by start can reach back far enough to find spans that overlap. */
  maxLength: number
}

export type LaneModel = {
  groups: VisGroup[]
  lanes: Lane[]
  /** Earliest start and latest end drawn, or null without events: what "fit all" shows. */
  extent: { start: number; end: number } | null
}

/**
 * The lanes without any vis items: cheap enough for 100,000 events, so only the items on screen
 * are ever turned into vis items. `events` must be in chronological order.
 */
export function buildLaneModel(
  events: readonly TimelineEvent[],
  grouping: LaneGrouping,
  actorsById: ReadonlyMap<string, Actor>,
  spanOf: (event: TimelineEvent) => Span,
): LaneModel {
  const lanes = new Map<string, Lane>()
  let min = Infinity
  let max = -Infinity
  for (const event of events) {
    const span = spanOf(event)
    const end = isPointEvent(event) ? span.start : span.end
    if (span.start < min) min = span.start
    if (end > max) max = end
    for (const key of laneKeys(event, grouping)) {
      let lane = lanes.get(key)
      if (!lane) lanes.set(key, (lane = { key, events: [], starts: [], ends: [], maxLength: 0 }))
      // An event listing a lane twice still sits in it once.
      if (lane.events[lane.events.length - 1] === event) continue
      lane.events.push(event)
      lane.starts.push(span.start)
      lane.ends.push(end)
      if (end - span.start > lane.maxLength) lane.maxLength = end - span.start
    }
  }
  return {
    groups: laneGroups(lanes.keys(), grouping, actorsById),
    lanes: [...lanes.values()],
    extent: events.length ? { start: min, end: max } : null,
  }
}
