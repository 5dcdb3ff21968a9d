import { STEP_BUDGET_MS, timeBudget } from '../dataset/page-turns'

/**
 * A build written as a generator that yields between steps, so the same code can run in one go or
 * hand the page a turn between steps (`pause`).
 */
export type Steps<T> = Generator<void, T>

export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * Runs `steps`, giving the page a turn (`pause`) whenever `due` says so: steps are small, and a turn
 * per step would cost more in turns than in work.
 */
export async function runStepsPausing<T>(steps: Steps<T>, pause: () => Promise<void>, due: () => boolean = timeBudget(STEP_BUDGET_MS)): Promise<T> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    if (due()) await pause()
  }
}

/** Items per step of a stepped build: a few milliseconds of work, so a turn comes close to its budget. */
export const STEP_ITEMS = 2_000
/** Items sorted natively at once by sortInSteps: about 10 ms at 20,000 on a slow machine. */
export const SORT_RUN = 20_000

/** A Map of `items`, built in steps of STEP_ITEMS. */
export function* mapInSteps<T, K, V>(items: readonly T[], entry: (item: T, index: number) => readonly [K, V]): Steps<Map<K, V>> {
  const map = new Map<K, V>()
  for (let i = 0; i < items.length; i++) {
    if (i > 0 && i % STEP_ITEMS === 0) yield
    const [key, value] = entry(items[i] as T, i)
    map.set(key, value)
  }
  return map
}

/**
 * Sorts `items` in place, stably, yielding about every STEP_ITEMS comparisons' worth of work: runs
 * of SORT_RUN sorted natively, then merged pairwise. One native sort of 305,000 positions held the
 * page for about 150 ms.
 */
export function* sortInSteps<T>(items: T[], compare: (a: T, b: T) => number): Steps<void> {
  const size = items.length
  for (let from = 0; from < size; from += SORT_RUN) {
    const run = items.slice(from, from + SORT_RUN).sort(compare)
    for (let k = 0; k < run.length; k++) items[from + k] = run[k] as T
    yield
  }
  let source = items
  let target: T[] = new Array<T>(size)
  let done = 0
  for (let width = SORT_RUN; width < size; width *= 2) {
    for (let lo = 0; lo < size; lo += 2 * width) {
      const mid = Math.min(lo + width, size)
      const hi = Math.min(lo + 2 * width, size)
      let i = lo
      let j = mid
      for (let k = lo; k < hi; k++) {
        // Ties take the left run's item first: what keeps the sort stable.
        if (j >= hi || (i < mid && compare(source[i] as T, source[j] as T) <= 0)) target[k] = source[i++] as T
        else target[k] = source[j++] as T
        if (++done % STEP_ITEMS === 0) yield
      }
    }
    ;[source, target] = [target, source]
  }
  if (source !== items) for (let k = 0; k < size; k++) items[k] = source[k] as T
}
