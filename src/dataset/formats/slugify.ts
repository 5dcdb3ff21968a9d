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

const suffixed = (stem: string, n: number) => {
  const suffix = `-${n}`
  return `${stem.slice(0, MAX_SLUG - suffix.length).replace(/-+$/, '')}${suffix}`
}

/**
 * Ids handed out while importing: a slug itself, or with "-2", "-3"… appended until unused.
 * It remembers how far each stem's count has gone, so a thousand rows of one title cost a
 * thousand look-ups, not half a million.
 */
export class SlugPool {
  private readonly taken = new Set<string>()
  /** For each stem, a suffix below which every one is taken. */
  private readonly nextSuffix = new Map<string, number>()

  constructor(reserved: Iterable<string> = []) {
    for (const slug of reserved) this.taken.add(slug)
  }

  has(slug: string): boolean {
    return this.taken.has(slug)
  }

  add(slug: string): void {
    this.taken.add(slug)
  }

  /** The slug `base` would get, without reserving it. */
  candidate(base: string, fallback = 'item'): string {
    const stem = base || fallback
    if (!this.taken.has(stem)) return stem
    let n = this.nextSuffix.get(stem) ?? 2
    while (this.taken.has(suffixed(stem, n))) n++
    this.nextSuffix.set(stem, n)
    return suffixed(stem, n)
  }

  /** The candidate, reserved. */
  take(base: string, fallback = 'item'): string {
    const slug = this.candidate(base, fallback)
    this.taken.add(slug)
    return slug
  }
}
