/** mulberry32: tiny, fast and good enough to make repeatable test data from a seed. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T
  return {
    next,
    int,
    pick,
    chance: (p: number) => next() < p,
    /** Roughly normal (sum of three uniforms), mean 0, sd about 1. */
    normal: () => (next() + next() + next() - 1.5) * 2,
    /** Distinct picks, at most `count`. */
    sample: <T>(list: readonly T[], count: number): T[] => {
      const chosen = new Set<T>()
      const want = Math.min(count, list.length)
      while (chosen.size < want) chosen.add(pick(list))
      return [...chosen]
    },
    /** Picks with weights: earlier entries of a skewed list come up more often. */
    skewed: <T>(list: readonly T[]): T => list[Math.floor(Math.pow(next(), 2.2) * list.length)] as T,
  }
}

export type Random = {
  next: () => number
  int: (min: number, max: number) => number
  pick: <T>(list: readonly T[]) => T
  chance: (p: number) => boolean
  normal: () => number
  sample: <T>(list: readonly T[], count: number) => T[]
  skewed: <T>(list: readonly T[]) => T
}
