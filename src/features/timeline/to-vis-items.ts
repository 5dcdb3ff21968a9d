import type { Era, TimelineEvent } from '../../dataset/schema'
import { categoryStyle, type Vocabulary } from '../../domain/categories'
import { dateMs, DAY_MS, eventSpan, formatDayRange, formatEventDate, isPointEvent } from '../../domain/dates'

export type VisItem = {
  id: string
  eventId: string
  /** None for an era's band, which runs behind every lane. */
  group?: string
  start: Date
  end?: Date
  type: 'point' | 'range' | 'background'
  className: string
  /** Only the lane colour, as a custom property the stylesheet reads. */
  style: string
  /** Plain text; the item template renders it with textContent, never as HTML. */
  content: string
  /** Accessible name: title and date. */
  label: string
  /** The selected event's items, so their buttons can say they are pressed. */
  selected?: true
  /** Set on a cluster marker only: the span its events cover, to zoom to when it is activated. */
  zoomStart?: number
  zoomEnd?: number
}

/** `id` is vis's (see laneGroupId); `key` is the lane's own: a category, country or actor id. */
export type VisGroup = {
  id: string
  key: string
  content: string
  order: number
  /** Lanes by category: the category's colour, shown beside the lane's name (the legend). */
  colour?: string
}

/**
 * vis keeps its groups in a plain object keyed by id: a lane named "constructor" (an actor id
 * from a file) would find Object.prototype's. A prefix no data key can shed keeps them apart.
 */
export function laneGroupId(lane: string): string {
  return `lane:${lane}`
}

export function itemId(lane: string, eventId: string): string {
  return `${lane}\u0000${eventId}`
}

export type ItemFactory = (event: TimelineEvent, lane: string) => VisItem

/**
 * toVisItem, remembered per (event, lane) for as long as its owner (one timeline) lives: labels go
 * through Intl date formatting, worth doing once per item rather than per pan, and the same item
 * object lets the DataSet diff skip it.
 */
export function createItemCache(categories: Vocabulary): ItemFactory {
  const items = new WeakMap<TimelineEvent, Map<string, VisItem>>()
  return (event, lane) => {
    let byLane = items.get(event)
    if (!byLane) items.set(event, (byLane = new Map()))
    let item = byLane.get(lane)
    if (!item) byLane.set(lane, (item = toVisItem(event, lane, categoryStyle(categories, event.category).colour)))
    return item
  }
}

/** Roughly how wide a label is drawn (12 px system font, its padding and the disputed note). */
const CHAR_PX = 6.6
const LABEL_PAD_PX = 10
const DISPUTED_PX = 64
/** Label widths go in steps of this many pixels: timeline.css has one container query per step. */
export const LABEL_STEP_PX = 24
export const LABEL_STEPS = 16

/**
 * A class naming the label's width step, so the stylesheet can move it beside a bar too short for
 * it (a container query on the bar's width). vis stacks a range as bar plus label either way, so a
 * wrong guess only changes where the label sits, never lets it overlap another item.
 */
export function labelWidthClass(label: string, disputed: boolean): string {
  const px = label.length * CHAR_PX + LABEL_PAD_PX + (disputed ? DISPUTED_PX : 0)
  return `lw-${Math.min(Math.ceil(px / LABEL_STEP_PX), LABEL_STEPS)}`
}

export function toVisItem(event: TimelineEvent, lane: string, colour: string): VisItem {
  const span = eventSpan(event)
  const point = isPointEvent(event)
  const content = event.shortTitle ?? event.title
  const disputed = event.disputes.length > 0
  const classes = [`precision-${event.precision}`]
  if (disputed) classes.push('disputed')
  if (!point) classes.push(labelWidthClass(content, disputed))
  return {
    id: itemId(lane, event.id),
    eventId: event.id,
    group: laneGroupId(lane),
    start: new Date(span.start),
    ...(point ? {} : { end: new Date(span.end) }),
    type: point ? 'point' : 'range',
    className: classes.join(' '),
    style: `--item-colour: ${colour}`,
    // The short title where there is one; the accessible name and the detail keep the full title.
    content,
    label: `${event.title}, ${formatEventDate(event)}${event.disputes.length ? ', disputed' : ''}`,
  }
}

/** A named period, such as a TimelineJS era, as a band behind the lanes; its end day is included. */
export function eraItem(era: Era, index: number): VisItem {
  const start = dateMs(era.start)
  const end = dateMs(era.end) + DAY_MS
  return {
    id: `era\u0000${index}`,
    eventId: '',
    start: new Date(start),
    end: new Date(end),
    type: 'background',
    className: 'era',
    style: '',
    content: era.title,
    label: `${era.title}, ${formatDayRange(start, end - 1)}`,
  }
}
