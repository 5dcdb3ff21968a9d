import type { TimelineEvent } from '../../dataset/schema'
import type { DatasetIndex } from '../../domain/dataset-index'
import { categoryStyle } from '../../domain/categories'
import { formatCitation, safeHref } from '../../domain/citations'
import { countryName } from '../../domain/countries'
import { formatEventDate, PRECISION_LABELS } from '../../domain/dates'
import { activeFilters } from '../../domain/active-filters'
import { useDatasetIndex } from '../../state/use-dataset'
import { useFilteredEvents } from '../../state/use-filtered-events'
import { useFilters } from '../../state/store/hooks'
import { useFullAppUrl } from '../../state/use-share-url'

function PrintedEvent({ event, index }: { event: TimelineEvent; index: DatasetIndex }) {
  const facts = [categoryStyle(index.categories, event.category).label, event.subcategory, event.location, event.countries.map(countryName).join(', ')]
  return (
    <li className="break-inside-avoid border-t border-slate-400 pt-3">
      <h3 className="text-base font-bold">{event.title}</h3>
      <p className="text-sm">
        <time dateTime={event.start}>{formatEventDate(event)}</time> ({PRECISION_LABELS[event.precision].toLowerCase()})
        {facts.filter(Boolean).map((fact, i) => (
          <span key={i}>
            {' · '}
            <bdi>{fact}</bdi>
          </span>
        ))}
      </p>
      {event.dateNote && <p className="text-sm italic">{event.dateNote}</p>}
      <p className="mt-1">{event.summary}</p>
      {event.disputes.map((dispute, i) => (
        <p key={i} className="mt-1 text-sm">
          <strong>Disputed:</strong> {dispute.claim} <strong>But:</strong> {dispute.note}
        </p>
      ))}
      <p className="mt-1 text-sm font-semibold">Sources</p>
      <ol className="list-decimal pl-6 text-sm">
        {event.sources.map((cite, i) => {
          const source = index.sourcesById.get(cite.source)
          if (!source) return null
          const href = safeHref(source.url)
          return (
            <li key={i}>
              {formatCitation(cite, source)}
              {href && <span className="break-all"> — {href}</span>}
            </li>
          )
        })}
      </ol>
    </li>
  )
}

/**
 * What printing gives: the filtered events in time order with dates, summaries and sources, and
 * the link to this view. Hidden on screen, where the timeline and list show the same events.
 */
export function PrintList() {
  const index = useDatasetIndex()
  const events = useFilteredEvents()
  const link = useFullAppUrl()
  const filters = useFilters()
  // The filters in words, as the chips say them, so a printout says which events it leaves out.
  const described = activeFilters(filters, (id) => index.actorsById.get(id)?.name ?? id, index.categories).map((filter) => filter.label)
  const { meta } = index.dataset
  return (
    <section aria-labelledby="print-heading" className="hidden bg-white text-black print:block">
      <h2 id="print-heading" className="text-xl font-bold">
        {meta.title}
      </h2>
      <p className="text-sm">
        {events.length} of {index.events.length} events, in time order
        {described.length > 0 && `, filtered by ${described.join(', ')}`}. Dataset version {meta.version}, updated{' '}
        {meta.updated}.
      </p>
      <p className="mb-3 text-sm break-all">This view online: {link}</p>
      <ol className="flex flex-col gap-3">
        {events.map((event) => (
          <PrintedEvent key={event.id} event={event} index={index} />
        ))}
      </ol>
    </section>
  )
}
