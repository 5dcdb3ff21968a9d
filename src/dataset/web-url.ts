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
