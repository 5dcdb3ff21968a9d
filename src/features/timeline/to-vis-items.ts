import type { TimelineEvent } from '../../dataset/schema'
import { CATEGORY_STYLES } from '../../domain/categories'
import { eventSpan, formatEventDate, isPointEvent } from '../../domain/dates'

export type VisItem = {
  id: string
  eventId: string
  group: string
  start: Date
  end?: Date
  type: 'point' | 'range'
  className: string
  /** Only the lane colour, as a custom property the stylesheet reads. */
  style: string
  /** Plain text; the item template renders it with textContent, never as HTML. */
  content: string
  /** Accessible name: title and date. */
  label: string
}

export type VisGroup = { id: string; content: string; order: number }

export function itemId(lane: string, eventId: string): string {
  return `${lane}\u0000${eventId}`
}

export function toVisItem(event: TimelineEvent, lane: string): VisItem {
  const span = eventSpan(event)
  const point = isPointEvent(event)
  const classes = [`cat-${event.category}`, `precision-${event.precision}`]
  if (event.disputes.length) classes.push('disputed')
  return {
    id: itemId(lane, event.id),
    eventId: event.id,
    group: lane,
    start: new Date(span.start),
    ...(point ? {} : { end: new Date(span.end) }),
    type: point ? 'point' : 'range',
    className: classes.join(' '),
    style: `--item-colour: ${CATEGORY_STYLES[event.category].colour}`,
    content: event.title,
    label: `${event.title}, ${formatEventDate(event)}${event.disputes.length ? ', disputed' : ''}`,
  }
}
