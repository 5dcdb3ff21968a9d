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

export async function runStepsPausing<T>(steps: Steps<T>, pause: () => Promise<void>): Promise<T> {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
    await pause()
  }
}

/** Items per step of a stepped build: tens of milliseconds of work each, even at 300,000 events. */
export const STEP_ITEMS = 20_000

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
