import type { Actor, TimelineEvent } from '../../dataset/schema'
import { CATEGORY_ORDER, CATEGORY_STYLES } from '../../domain/categories'
import { countryName } from '../../domain/countries'
import type { LaneGrouping } from '../../state/view-state'
import { toVisItem, type VisGroup, type VisItem } from './to-vis-items'

export type Lanes = { groups: VisGroup[]; items: VisItem[] }

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

export function buildLanes(
  events: readonly TimelineEvent[],
  grouping: LaneGrouping,
  actorsById: ReadonlyMap<string, Actor>,
): Lanes {
  const items: VisItem[] = []
  const keys = new Set<string>()
  for (const event of events) {
    for (const key of laneKeys(event, grouping)) {
      keys.add(key)
      items.push(toVisItem(event, key))
    }
  }
  const labelled = [...keys].map((key) => ({ key, label: laneLabel(key, grouping, actorsById) }))
  if (grouping === 'category') {
    labelled.sort((a, b) => CATEGORY_ORDER.indexOf(a.key as never) - CATEGORY_ORDER.indexOf(b.key as never))
  } else {
    labelled.sort((a, b) => Number(a.key === NO_ACTOR) - Number(b.key === NO_ACTOR) || a.label.localeCompare(b.label))
  }
  return { groups: labelled.map(({ key, label }, order) => ({ id: key, content: label, order })), items }
}
