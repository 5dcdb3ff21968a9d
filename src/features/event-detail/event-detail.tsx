import type { TimelineEvent } from '../../dataset/schema'
import type { DatasetIndex } from '../../domain/dataset-index'
import { categoryStyle } from '../../domain/categories'
import { Swatch } from '../../ui/swatch'
import { countryName } from '../../domain/countries'
import { formatEventDate, PRECISION_LABELS } from '../../domain/dates'
import { DetailSection } from './detail-section'
import { FilterChips } from './filter-chips'
import { QuoteList } from './quote-list'
import { SourceCitation } from './source-citation'

type Props = {
  event: TimelineEvent
  index: DatasetIndex
  onFilter: (facet: 'countries' | 'actors', value: string) => void
}

export function EventDetail({ event, index, onFilter }: Props) {
  const { actorsById, sourcesById } = index
  const category = categoryStyle(index.categories, event.category)
  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-1.5">
        <p className="flex items-center gap-2 text-sm font-medium text-slate-700 dark:text-slate-300">
          <Swatch colour={category.colour} />
          <bdi>{category.label}</bdi>
          {event.subcategory && (
            <span className="text-slate-600 dark:text-slate-400">
              · <bdi>{event.subcategory}</bdi>
            </span>
          )}
        </p>
        <h2 id="event-detail-heading" className="text-xl leading-snug font-bold text-slate-950 dark:text-slate-50">
          {event.title}
        </h2>
        <p className="text-slate-800 dark:text-slate-200">
          <time dateTime={event.start}>{formatEventDate(event)}</time>
          <span className="text-slate-600 dark:text-slate-400"> · {PRECISION_LABELS[event.precision]}</span>
        </p>
        {event.dateNote && <p className="text-sm text-slate-600 dark:text-slate-400">{event.dateNote}</p>}
        {event.location && <p className="text-sm text-slate-700 dark:text-slate-300">{event.location}</p>}
        {event.fatalities !== undefined && (
          <p className="text-sm text-slate-700 dark:text-slate-300">Reported fatalities: {event.fatalities.toLocaleString('en')}</p>
        )}
      </header>

      <p className="leading-relaxed text-slate-900 dark:text-slate-100">{event.summary}</p>

      {event.disputes.length > 0 && (
        <section aria-label="Disputed" className="rounded-md border border-amber-400 dark:border-amber-500 bg-amber-50 dark:bg-amber-950 p-3">
          <h3 className="font-semibold text-amber-950 dark:text-amber-100">Disputed</h3>
          {event.disputes.map((dispute, i) => (
            <div key={i} className="mt-2 flex flex-col gap-1 text-sm text-amber-950 dark:text-amber-100">
              <p>
                <span className="font-medium">Claim:</span> <bdi>{dispute.claim}</bdi>
              </p>
              <p>
                <span className="font-medium">But:</span> <bdi>{dispute.note}</bdi>
              </p>
              {dispute.sources.map((cite, j) => {
                const source = sourcesById.get(cite.source)
                return source ? <SourceCitation key={j} citation={cite} source={source} /> : null
              })}
            </div>
          ))}
        </section>
      )}

      {event.countries.length > 0 && (
        <DetailSection title="Countries">
          <FilterChips
            chips={event.countries.map((code) => ({ value: code, label: countryName(code) }))}
            onPick={(code) => onFilter('countries', code)}
            describe={(name) => `show only events involving ${name}`}
          />
        </DetailSection>
      )}

      {event.actors.length > 0 && (
        <DetailSection title="Actors">
          <FilterChips
            chips={event.actors.map((id) => {
              const actor = actorsById.get(id)
              return { value: id, label: actor?.name ?? id, detail: actor?.role }
            })}
            onPick={(id) => onFilter('actors', id)}
            describe={(name) => `show only events with ${name}`}
          />
        </DetailSection>
      )}

      {event.quotes.length > 0 && (
        <DetailSection title="Quotes">
          <QuoteList quotes={event.quotes} actorsById={actorsById} sourcesById={sourcesById} />
        </DetailSection>
      )}

      <DetailSection title="Sources">
        <ol className="flex flex-col gap-3">
          {event.sources.map((cite, i) => {
            const source = sourcesById.get(cite.source)
            return <li key={i}>{source && <SourceCitation citation={cite} source={source} />}</li>
          })}
        </ol>
      </DetailSection>
    </div>
  )
}
