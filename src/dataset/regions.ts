const regionNames = new Intl.DisplayNames(['en'], { type: 'region' })

// Intl lookups are slow enough to matter when a large dataset repeats a few codes many times.
const cache = new Map<string, string | undefined>()

/** English name of an ISO 3166-1 region, or undefined when Intl does not know the code. */
export function regionName(code: string): string | undefined {
  if (cache.has(code)) return cache.get(code)
  const name = lookUp(code)
  if (cache.size < 1000) cache.set(code, name)
  return name
}

function lookUp(code: string): string | undefined {
  try {
    const name = regionNames.of(code)
    return name && name !== code ? name : undefined
  } catch {
    return undefined
  }
}
