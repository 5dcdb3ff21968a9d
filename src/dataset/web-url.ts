/** The URL as a normalised http(s) href, or undefined: only such links are ever fetched or rendered. */
export function safeHref(url: unknown): string | undefined {
  if (typeof url !== 'string' || !url) return undefined
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined
  } catch {
    return undefined
  }
}

/** Why a page at `pageOrigin` cannot fetch `href`, or null when it can. */
export function fetchableProblem(href: string, pageOrigin: string): string | null {
  const url = new URL(href)
  // The page's Content-Security-Policy allows other sites over https only (connect-src 'self' https:).
  if (url.protocol === 'http:' && url.origin !== pageOrigin) {
    return 'A dataset on another site needs an https:// address: this page may not fetch one over plain http'
  }
  return null
}

/** The http(s) URL of a dataset to fetch, or why it cannot be. */
export function datasetUrl(raw: string, pageOrigin: string): { url: string } | { problem: string } {
  const href = safeHref(raw.trim())
  if (!href) return { problem: 'Enter a full https:// address' }
  const problem = fetchableProblem(href, pageOrigin)
  return problem ? { problem } : { url: href }
}
