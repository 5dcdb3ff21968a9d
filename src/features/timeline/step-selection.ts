export type Step = 'previous' | 'next' | 'first' | 'last'

/** The id to select after a step through the visible events (in time order). */
export function stepSelection(ids: readonly string[], current: string | null, step: Step): string | null {
  if (ids.length === 0) return null
  const at = current === null ? -1 : ids.indexOf(current)
  switch (step) {
    case 'first':
      return ids[0] ?? null
    case 'last':
      return ids[ids.length - 1] ?? null
    case 'next':
      return ids[at < 0 ? 0 : Math.min(at + 1, ids.length - 1)] ?? null
    case 'previous':
      return ids[at < 0 ? ids.length - 1 : Math.max(at - 1, 0)] ?? null
  }
}
