/**
 * Folds text for search: lowercase, no accents, single spaces. "Élysée  Palace" -> "elysee palace".
 * Lowercasing first lets NFD split what it produces too (e.g. "İ" -> "i" + combining dot).
 */
export function normaliseText(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The words of a search query, normalised; empty when the query is blank. */
export function queryWords(query: string): string[] {
  const normalised = normaliseText(query)
  return normalised === '' ? [] : normalised.split(' ')
}
