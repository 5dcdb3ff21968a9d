import type { Actor, TimelineEvent } from '../../dataset/schema'
import { categoryStyle, type Vocabulary } from '../../domain/categories'
import type { EventSpans } from '../../domain/filter-events'
import { countryName } from '../../domain/countries'
import { isPointEvent } from '../../domain/dates'
import type { LaneGrouping } from '../../state/view-state'
import { laneGroupId, type VisGroup } from './to-vis-items'


/** Lanes for events without an actor or a country; no id can take these, as ids are slugs and codes capitals. */
const NO_ACTOR = '(none)'
const NO_COUNTRY = '(no country)'

/** What lane labels are looked up in. */
export type LaneNames = { actorsById: ReadonlyMap<string, Actor>; categories: Vocabulary }

/** Lane keys of one event: an event with several countries or actors sits in each of their lanes. */
function laneKeys(event: TimelineEvent, grouping: LaneGrouping): readonly string[] {
  if (grouping === 'category') return [event.category]
  if (grouping === 'country') return event.countries.length ? event.countries : [NO_COUNTRY]
  return event.actors.length ? event.actors : [NO_ACTOR]
}

function laneLabel(key: string, grouping: LaneGrouping, names: LaneNames): string {
  if (grouping === 'category') return categoryStyle(names.categories, key).label
  if (grouping === 'country') return key === NO_COUNTRY ? 'No country' : countryName(key)
  return key === NO_ACTOR ? 'No named actor' : (names.actorsById.get(key)?.name ?? key)
}

function laneGroups(keys: Iterable<string>, grouping: LaneGrouping, names: LaneNames): VisGroup[] {
  const labelled = [...keys].map((key) => ({ key, label: laneLabel(key, grouping, names) }))
  if (grouping === 'category') {
    // The declared order; an undeclared id (there are none in a valid dataset) goes last.
    const order = new Map(names.categories.list.map((c, i) => [c.id, i]))
    const rank = (key: string) => order.get(key) ?? Number.MAX_SAFE_INTEGER
    labelled.sort((a, b) => rank(a.key) - rank(b.key))
  } else {
    const last = (key: string) => Number(key === NO_ACTOR || key === NO_COUNTRY)
    labelled.sort((a, b) => last(a.key) - last(b.key) || a.label.localeCompare(b.label))
  }
  return labelled.map(({ key, label }, order) => ({
    id: laneGroupId(key),
    key,
    content: label,
    order,
    ...(grouping === 'category' ? { colour: categoryStyle(names.categories, key).colour } : {}),
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
  /** What its cluster markers are drawn in: the category's colour in category lanes. */
  colour: string
}

/** Cluster markers in lanes that are not categories mix events of every category. */
const MIXED_LANE_COLOUR = '#64748b'

export type LaneModel = {
  groups: VisGroup[]
  lanes: Lane[]
  /** Earliest start and latest end drawn, or null without events: what "fit all" shows. */
  extent: { start: number; end: number } | null
}

/**
 * The lanes without any vis items: cheap enough for 100,000 events, so only the items on screen
 * are ever turned into vis items. `events` must be in chronological order, `spans` aligned with them.
 */
export function buildLaneModel(
  events: readonly TimelineEvent[],
  grouping: LaneGrouping,
  names: LaneNames,
  spans: EventSpans,
): LaneModel {
  const lanes = new Map<string, Lane>()
  let min = Infinity
  let max = -Infinity
  for (const [k, event] of events.entries()) {
    const span = { start: spans.starts[k] ?? Number.NaN, end: spans.ends[k] ?? Number.NaN }
    const end = isPointEvent(event) ? span.start : span.end
    if (span.start < min) min = span.start
    if (end > max) max = end
    for (const key of laneKeys(event, grouping)) {
      let lane = lanes.get(key)
      if (!lane) {
        const colour = grouping === 'category' ? categoryStyle(names.categories, key).colour : MIXED_LANE_COLOUR
        lanes.set(key, (lane = { key, events: [], starts: [], ends: [], maxLength: 0, colour }))
      }
      // An event listing a lane twice still sits in it once.
      if (lane.events[lane.events.length - 1] === event) continue
      lane.events.push(event)
      lane.starts.push(span.start)
      lane.ends.push(end)
      if (end - span.start > lane.maxLength) lane.maxLength = end - span.start
    }
  }
  return {
    groups: laneGroups(lanes.keys(), grouping, names),
    lanes: [...lanes.values()],
    extent: events.length ? { start: min, end: max } : null,
  }
}
