import type { Dataset, TimelineEvent } from '../../dataset/schema'
import { formatCitation } from '../citations'
import { formatEventDate } from '../dates'
import { icalUri } from './ical-text'

/** Summary, how well the date is known, and every source: what a reader needs to check the entry. */
export function icalDescription(event: TimelineEvent, dataset: Dataset): string {
  const parts = [event.summary]
  if (event.precision !== 'day') {
    parts.push(`Date known only to the ${event.precision}: this entry covers the whole ${event.precision} (${formatEventDate(event)}).`)
  }
  if (event.dateNote) parts.push(`Date: ${event.dateNote}`)
  for (const dispute of event.disputes) parts.push(`Disputed: ${dispute.claim} — ${dispute.note}`)
  const sources = event.sources.flatMap((citation) => {
    const source = dataset.sources.find((s) => s.id === citation.source)
    const url = source?.url === undefined ? undefined : icalUri(source.url)
    return source ? [`- ${formatCitation(citation, source)}${url ? ` ${url}` : ''}`] : []
  })
  if (sources.length) parts.push(`Sources:\n${sources.join('\n')}`)
  return parts.join('\n\n')
}
