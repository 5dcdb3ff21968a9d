import { normaliseText } from '../normalise-text'

/** Sources are the same when they share a URL, or, without one, publisher and title. */
export function sourceKey(source: { url?: string | undefined; publisher: string; title: string }): string {
  return source.url ? `url ${source.url}` : `title ${normaliseText(source.publisher)} | ${normaliseText(source.title)}`
}
