import moment from 'moment'
import type { TimelineOptions } from 'vis-timeline/esnext'
import type { VisGroup, VisItem } from './to-vis-items'

function textElement(className: string, text: string, tag: 'span' | 'bdi' = 'span'): HTMLElement {
  const span = document.createElement(tag)
  span.className = className
  span.textContent = text
  return span
}

/** The item's visible label; its accessible name carries the date too. */
function itemElement(item: VisItem | null): HTMLElement | string {
  if (!item) return ''
  // An era's band is named in text, not a control; the periods list beside the timeline says the same.
  if (item.type === 'background') return textElement('era-title', item.content, 'bdi')
  const label = document.createElement('span')
  label.className = 'item-label'
  // Isolated from the " · disputed" the stylesheet appends, and from the app's words around it.
  label.append(textElement('item-title', item.content, 'bdi'))
  label.setAttribute('role', 'button')
  label.setAttribute('aria-label', item.label)
  // Range labels can be clipped by their bar: a native tooltip shows the whole text, as text.
  label.title = item.label
  // A cluster marker stands for many events, not one; an event's button says whether it is selected.
  if (item.eventId) {
    label.dataset.eventId = item.eventId
    label.setAttribute('aria-pressed', String(item.selected === true))
  }
  return label
}

/** A lane's name; by category, with the category's colour beside it, so the lanes are the legend. */
function laneElement(group: VisGroup | null): HTMLElement {
  const label = textElement('lane-label', group?.content ?? '')
  if (group?.colour) {
    const swatch = document.createElement('span')
    swatch.className = 'lane-swatch'
    swatch.setAttribute('aria-hidden', 'true')
    // Through the CSSOM, which the page's style-src policy does not govern.
    swatch.style.backgroundColor = group.colour
    label.prepend(swatch)
  }
  return label
}

export const TIMELINE_OPTIONS: TimelineOptions = {
  // Dataset dates are calendar days; show them as such whatever the reader's time zone.
  moment: (date: moment.MomentInput) => moment(date).utc(),
  orientation: { axis: 'top', item: 'top' },
  height: '100%',
  verticalScroll: true,
  // The wheel scrolls the lanes; Ctrl + wheel (or pinch) zooms.
  zoomKey: 'ctrlKey',
  showWeekScale: true,
  format: { minorLabels: { week: 'D MMM', day: 'D' }, majorLabels: { week: 'MMMM YYYY', day: 'MMMM YYYY' } },
  stack: true,
  showCurrentTime: false,
  // zoomMin and zoomMax come from the data: see zoomLimits.
  // Tight rows: at the fitted zoom most of the curated events fit on one screen.
  margin: { item: { horizontal: 4, vertical: 2 }, axis: 4 },
  groupOrder: 'order',
  selectable: true,
  multiselect: false,
  // Text only: labels are built with textContent, so dataset text is never parsed as HTML.
  template: itemElement,
  // vis also draws its own unnamed background group, with no data.
  groupTemplate: laneElement,
}
