import type { Actor, TimelineEvent } from '../../dataset/schema'
import { categoryStyle, type Vocabulary } from '../../domain/categories'
import { countryName } from '../../domain/countries'
import { countAnd, type Bitset } from '../../domain/bitset'
import type { FacetKey, FilterIndex, OptionalFacet } from '../../domain/filter-index'
import type { LaneGrouping } from '../../state/view-state'
import { laneGroupId, type VisGroup } from './to-vis-items'


/** Lanes for events without an actor or a country; no id can take these, as ids are slugs and codes capitals. */
const NO_ACTOR = '(none)'
const NO_COUNTRY = '(no country)'

/** What lane labels are looked up in. */
export type LaneNames = { actorsById: ReadonlyMap<string, Actor>; categories: Vocabulary }

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
  starts: Float64Array
  ends: Float64Array
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

const FACET: Record<LaneGrouping, FacetKey> = { category: 'categories', country: 'countries', actor: 'actors' }
/** The lane of events with no value, where a facet may have none: every event has a category. */
const NONE_LANE: Partial<Record<LaneGrouping, { key: string; facet: OptionalFacet }>> = {
  country: { key: NO_COUNTRY, facet: 'countries' },
  actor: { key: NO_ACTOR, facet: 'actors' },
}

/**
 * The lane of the events at `bits ∧ own`, in position (so time) order, and its latest end; null when it
 * has none. The words are walked here rather than through forEachBit, and the events array is made at
 * its final length: at 305,000 events this is the workspace's longest task.
 */
function collectLane(index: FilterIndex, bits: Bitset, own: Bitset, key: string, colour: string): { lane: Lane; latestEnd: number } | null {
  const count = countAnd(bits, own)
  if (count === 0) return null
  const events = new Array<TimelineEvent>(count)
  const starts = new Float64Array(count)
  const ends = new Float64Array(count)
  const { events: all, starts: allStarts, ends: allEnds, points } = index
  let length = 0
  let maxLength = 0
  let latestEnd = -Infinity
  for (let w = 0; w < bits.length; w++) {
    let word = (bits[w] ?? 0) & (own[w] ?? 0)
    if (!word) continue
    const point = points[w] ?? 0
    while (word) {
      const low = word & -word
      word ^= low
      const i = w * 32 + 31 - Math.clz32(low)
      const event = all[i]
      if (!event) continue
      const start = allStarts[i] ?? Number.NaN
      const end = point & low ? start : (allEnds[i] ?? Number.NaN)
      starts[length] = start
      ends[length] = end
      events[length++] = event
      if (end - start > maxLength) maxLength = end - start
      if (end > latestEnd) latestEnd = end
    }
  }
  // Short only if the index lacked an event it has bits for, which a built index never does.
  if (length < count) events.length = length
  return { lane: { key, events, starts: starts.subarray(0, length), ends: ends.subarray(0, length), maxLength, colour }, latestEnd }
}

/**
 * The lanes without any vis items, read from the index's bitsets and spans: no event object is
 * touched but to be listed, so 300,000 events take tens of milliseconds. `bits` are the filtered
 * positions in `index`, which is in chronological order; an event with several countries or actors
 * sits in each of their lanes.
 */
export function buildLaneModel(index: FilterIndex, bits: Bitset, grouping: LaneGrouping, names: LaneNames): LaneModel {
  const byKey = new Map<string, Lane>()
  let start = Infinity
  let end = -Infinity
  const add = (key: string, own: Bitset) => {
    const colour = grouping === 'category' ? categoryStyle(names.categories, key).colour : MIXED_LANE_COLOUR
    const collected = collectLane(index, bits, own, key, colour)
    if (!collected) return
    byKey.set(key, collected.lane)
    start = Math.min(start, collected.lane.starts[0] ?? Infinity)
    end = Math.max(end, collected.latestEnd)
  }
  for (const [key, own] of index.byValue[FACET[grouping]]) add(key, own)
  const none = NONE_LANE[grouping]
  if (none) add(none.key, index.without[none.facet])
  const groups = laneGroups(byKey.keys(), grouping, names)
  const lanes = groups.flatMap((group) => byKey.get(group.key) ?? [])
  return { groups, lanes, extent: lanes.length ? { start, end } : null }
}
