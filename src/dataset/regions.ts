// Building it takes 25–35 ms in Chromium: on first use, or earlier while the page waits for its data.
let regionNames: Intl.DisplayNames | undefined
const names = () => (regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' }))

/** Builds the region names now, so the first lookup (validating a dataset) does not wait for them. */
export function prepareRegionNames(): void {
  names()
}

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
    const name = names().of(code)
    return name && name !== code ? name : undefined
  } catch {
    return undefined
  }
}
