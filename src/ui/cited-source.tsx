/** What a citation shows, already worked out from the data: the ui layer does not read datasets. */
export type CitedSourceProps = {
  /** "Publisher, Title (date), ¶3". */
  reference: string
  /** A safe http(s) link to the source, if it has one. */
  href: string | undefined
  note: string | undefined
  /** The cited paragraphs, verbatim. */
  paragraphs: readonly { number: number; text: string }[]
}

/** A reference a reader can check: the reference, a link when there is one, and the cited text. */
export function CitedSource({ reference, href, note, paragraphs }: CitedSourceProps) {
  return (
    <>
      <p className="text-slate-700 dark:text-slate-300">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer" className="text-blue-800 underline hover:text-blue-950 dark:text-blue-300 dark:hover:text-blue-200">
            {reference}
          </a>
        ) : (
          reference
        )}
      </p>
      {note && <p className="text-slate-600 dark:text-slate-400">{note}</p>}
      {paragraphs.map((p) => (
        <blockquote key={p.number} className="mt-1 border-l-2 border-slate-300 pl-3 text-slate-700 dark:border-slate-600 dark:text-slate-300">
          <span className="mr-1 font-mono text-xs text-slate-500 dark:text-slate-400">¶{p.number}</span>
          {p.text}
        </blockquote>
      ))}
    </>
  )
}
