/**
 * Facet counts widened to every value the dataset has, so an option whose count drops to 0 stays
 * in place (shown dimmed) instead of vanishing. Selected values are already in `counts`.
 */
export function withAllValues<K>(counts: ReadonlyMap<K, number>, universe: Iterable<K>): Map<K, number> {
  const all = new Map(counts)
  for (const value of universe) if (!all.has(value)) all.set(value, 0)
  return all
}
