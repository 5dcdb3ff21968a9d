import { normaliseKey } from './normalise-key'

/** Sources are the same when they share a URL, or, without one, publisher and title. */
export function sourceKey(source: { url?: string | undefined; publisher: string; title: string }): string {
  return source.url ? `url ${source.url}` : `title ${normaliseKey(source.publisher)} | ${normaliseKey(source.title)}`
}
