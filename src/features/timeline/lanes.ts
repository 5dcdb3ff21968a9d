import type { TimelineEvent } from '../../dataset/schema'
import { CATEGORY_ORDER, CATEGORY_STYLES } from '../../domain/categories'
import { toVisItem, type VisGroup, type VisItem } from './to-vis-items'

export function categoryLanes(events: readonly TimelineEvent[]): { groups: VisGroup[]; items: VisItem[] } {
  const present = new Set(events.map((e) => e.category))
  const groups = CATEGORY_ORDER.filter((c) => present.has(c)).map((category, order) => ({
    id: category,
    content: CATEGORY_STYLES[category].label,
    order,
  }))
  return { groups, items: events.map((event) => toVisItem(event, event.category)) }
}
