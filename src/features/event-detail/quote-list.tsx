import type { Actor, Quote, Source } from '../../dataset/schema'
import { formatCitation } from '../../domain/citations'

type Props = {
  quotes: readonly Quote[]
  actorsById: ReadonlyMap<string, Actor>
  sourcesById: ReadonlyMap<string, Source>
}

export function QuoteList({ quotes, actorsById, sourcesById }: Props) {
  return (
    <ul className="flex flex-col gap-3">
      {quotes.map((quote, index) => {
        const speaker = actorsById.get(quote.speaker)
        const source = sourcesById.get(quote.source.source)
        return (
          <li key={index}>
            <figure>
              <blockquote className="border-l-4 border-slate-400 dark:border-slate-500 pl-3 text-slate-900 dark:text-slate-100">“{quote.text}”</blockquote>
              <figcaption className="mt-1 pl-4 text-sm text-slate-700 dark:text-slate-300">
                — <bdi>{speaker?.name ?? quote.speaker}</bdi>
                {speaker && <span className="text-slate-600 dark:text-slate-400">, <bdi>{speaker.role}</bdi></span>}
                {source && <cite className="block not-italic text-slate-600 dark:text-slate-400">{formatCitation(quote.source, source)}</cite>}
              </figcaption>
            </figure>
          </li>
        )
      })}
    </ul>
  )
}
