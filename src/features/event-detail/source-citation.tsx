import type { Citation, Source } from '../../dataset/schema'
import { citedParagraphs, formatCitation, safeHref } from '../../domain/citations'

/** A reference a reader can check: the citation, a link when it is http(s), and the cited text. */
export function SourceCitation({ citation, source }: { citation: Citation; source: Source }) {
  const href = safeHref(source.url)
  const paragraphs = citedParagraphs(citation, source)
  return (
    <div className="text-sm">
      <p className="text-slate-700 dark:text-slate-300">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" className="text-blue-800 dark:text-blue-300 underline hover:text-blue-950 dark:hover:text-blue-200">
            {formatCitation(citation, source)}
          </a>
        ) : (
          formatCitation(citation, source)
        )}
      </p>
      {citation.note && <p className="text-slate-600 dark:text-slate-400">{citation.note}</p>}
      {paragraphs.map((p) => (
        <blockquote key={p.number} className="mt-1 border-l-2 border-slate-300 dark:border-slate-600 pl-3 text-slate-700 dark:text-slate-300">
          <span className="mr-1 font-mono text-xs text-slate-500 dark:text-slate-400">¶{p.number}</span>
          {p.text}
        </blockquote>
      ))}
    </div>
  )
}
