import { slugify } from '../../dataset/formats/slugify'
import type { Dataset, TimelineEvent } from '../../dataset/schema'
import { DAY_MS, eventSpan } from '../dates'
import { icalDescription } from './ical-description'
import { escapeText, foldLine, icalDate, icalDateTime, icalUri, LAST_ICAL_DAY_MS } from './ical-text'
import { APP_NAME } from '../../dataset/app-name'

export type IcalOptions = {
  /** DTSTAMP: when the file was made. */
  now: Date
  /** Right-hand side of every UID; defaults to `<dataset-title-slug>.coalition-timeline`, stable per dataset. */
  uidDomain?: string
}

/**
 * DTEND is exclusive, so an event on 9999-12-31 ends on 10000-01-01, which DATE cannot write (it came out
 * as "+01000001"). Clamping would shorten the event and omitting DTEND makes it one day long; RFC 5545
 * §3.6.1 allows DURATION instead, which keeps the span exactly. Every other event keeps its DTEND.
 */
function endProperty(span: { start: number; end: number }): string {
  if (span.end <= LAST_ICAL_DAY_MS) return `DTEND;VALUE=DATE:${icalDate(span.end)}`
  return `DURATION:P${Math.round((span.end - span.start) / DAY_MS)}D`
}

/** A timed event at its UTC instants; every other one as all-day entries over all it may cover. */
function whenProperties(event: TimelineEvent): string[] {
  const span = eventSpan(event)
  if (event.precision === 'minute') return [`DTSTART:${icalDateTime(new Date(span.start))}`, `DTEND:${icalDateTime(new Date(span.end))}`]
  // DTEND is exclusive, and a week, month or year event spans all of it.
  return [`DTSTART;VALUE=DATE:${icalDate(span.start)}`, endProperty(span)]
}

function vevent(event: TimelineEvent, dataset: Dataset, labels: ReadonlyMap<string, string>, stamp: string, uidDomain: string): string[] {
  const sourceUrl = dataset.sources.find((s) => s.id === event.sources[0]?.source)?.url
  const url = sourceUrl === undefined ? undefined : icalUri(sourceUrl)
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@${uidDomain}`,
    `DTSTAMP:${stamp}`,
    ...whenProperties(event),
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(icalDescription(event, dataset))}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `CATEGORIES:${escapeText(labels.get(event.category) ?? event.category)}`,
    ...(url ? [`URL:${url}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ]
}

/** The events as an RFC 5545 calendar: one all-day VEVENT each, folded, CRLF line endings. */
export function eventsToIcal(dataset: Dataset, events: readonly TimelineEvent[], options: IcalOptions): string {
  const uidDomain = options.uidDomain ?? `${slugify(dataset.meta.title, 60) || 'timeline'}.coalition-timeline`
  const stamp = icalDateTime(options.now)
  const labels = new Map(dataset.categories.map((c) => [c.id, c.label]))
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${APP_NAME}//Timeline export//EN`,
    'CALSCALE:GREGORIAN',
    `X-WR-CALNAME:${escapeText(dataset.meta.title)}`,
    ...events.flatMap((event) => vevent(event, dataset, labels, stamp, uidDomain)),
    'END:VCALENDAR',
  ]
  return lines.map((line) => `${foldLine(line)}\r\n`).join('')
}
