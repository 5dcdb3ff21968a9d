const regionNames = new Intl.DisplayNames(['en'], { type: 'region' })

/** English name of an ISO 3166-1 region, or undefined when Intl does not know the code. */
export function regionName(code: string): string | undefined {
  try {
    const name = regionNames.of(code)
    return name && name !== code ? name : undefined
  } catch {
    return undefined
  }
}
