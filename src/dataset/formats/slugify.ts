/** The slug rule of the schema: lowercase ASCII words joined by single hyphens, at most 120 characters. */
const MAX_SLUG = 120

/** "Élysée summit, 27 March" -> "elysee-summit-27-march"; "" when nothing Latin or numeric is left. */
export function slugify(text: string, max = MAX_SLUG): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, max)
    .replace(/^-+|-+$/g, '')
}

/** The slug itself, or with "-2", "-3"… appended until unused; records the result in `taken`. */
export function uniqueSlug(base: string, taken: Set<string>, fallback = 'item'): string {
  const stem = base || fallback
  let candidate = stem
  for (let n = 2; taken.has(candidate); n++) {
    const suffix = `-${n}`
    candidate = `${stem.slice(0, MAX_SLUG - suffix.length).replace(/-+$/, '')}${suffix}`
  }
  taken.add(candidate)
  return candidate
}
