import type { Citation, Source } from '../dataset/schema'
import { safeHref } from '../dataset/web-url'

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

export function formatParagraphs(paragraphs: readonly number[]): string {
  if (paragraphs.length === 0) return ''
  return `${paragraphs.length === 1 ? 'para.' : 'paras.'} ${paragraphs.join(', ')}`
}

/** A plain-text reference: publisher, "title", date, paragraphs. */
export function formatCitation(citation: Citation, source: Source): string {
  const parts = [source.publisher, `“${source.title}”`, dateFormat.format(Date.parse(`${source.date}T00:00:00Z`))]
  if (citation.paragraphs?.length) parts.push(formatParagraphs(citation.paragraphs))
  return parts.join(', ')
}

/** The cited paragraphs' text, numbered, when the source keeps its text. */
export function citedParagraphs(citation: Citation, source: Source): { number: number; text: string }[] {
  return (citation.paragraphs ?? []).flatMap((number) => {
    const text = source.paragraphs?.[number - 1]
    return text === undefined ? [] : [{ number, text }]
  })
}

// Features link through the domain layer; the check itself lives with the other input checks.
export { safeHref } from '../dataset/web-url'

/** Everything a citation shows, from the citation and its source: what CitedSource draws. */
export function citationView(citation: Citation, source: Source) {
  return {
    reference: formatCitation(citation, source),
    href: safeHref(source.url),
    note: citation.note,
    paragraphs: citedParagraphs(citation, source),
  }
}
