import type { DataSet } from 'vis-data/esnext'

type Keyed = { id: string }

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime()
  return Object.is(a, b)
}

function sameItem<T extends Keyed>(a: T, b: T): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof T>
  for (const key of keys) if (!sameValue(a[key], b[key])) return false
  return true
}

/** Diffs `next` into a DataSet so vis redraws only what changed, never the whole timeline. */
export function syncDataSet<T extends Keyed>(target: DataSet<T, 'id'>, next: readonly T[]): void {
  const nextIds = new Set(next.map((item) => item.id))
  const stale = target.getIds().filter((id) => !nextIds.has(String(id)))
  if (stale.length) target.remove(stale)
  const changed = next.filter((item) => {
    const current = target.get(item.id)
    return current === null || !sameItem(current, item)
  })
  // A full item is a valid DeepPartial of itself; the generic signature just cannot see it.
  if (changed.length) target.update(changed as Parameters<typeof target.update>[0])
}
