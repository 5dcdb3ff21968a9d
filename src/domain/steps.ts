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
