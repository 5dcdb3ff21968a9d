import type { DatasetSource } from '../dataset/source-query'
import { fetchableProblem } from '../dataset/web-url'
import { safeHref } from '../domain/citations'

export const DATA_PARAM = 'data'

/** The `data` link parameter, if it is an http(s) URL this page may fetch; anything else is not fetched. */
export function dataUrlFrom(search: string, pageOrigin: string): { url: string | null; problem: string | null } {
  const raw = new URLSearchParams(search).get(DATA_PARAM)
  if (raw === null || raw === '') return { url: null, problem: null }
  const url = safeHref(raw)
  if (!url) return { url: null, problem: `"data" is not an http(s) URL, so the curated dataset is shown` }
  // Refused at once, with the reason: fetching would only fail, three times, blaming the network.
  const problem = fetchableProblem(url, pageOrigin)
  return problem ? { url: null, problem: `${problem}. The curated dataset is shown.` } : { url, problem: null }
}

/** The `data` value a source puts in links: only a URL can be linked to. */
export function dataParamOf(source: DatasetSource): string | null {
  return source.kind === 'url' ? source.url : null
}
