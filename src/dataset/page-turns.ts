/**
 * Turns for the page during long work: every layer may use them, so they live in the lowest one.
 */

/**
 * A turn for the page between steps of a long job: paint, input, a click on Stop. A message, not a
 * timer: timers are clamped once nested, and a test's fake clock would hold them.
 */
export function pageTurn(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * Once the next frame has been painted, or after `timeoutMs` if none comes (a hidden tab paints
 * nothing, and must not wait for ever).
 */
export function afterPaint(timeoutMs = 100): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs)
    globalThis.requestAnimationFrame?.(() => {
      clearTimeout(timer)
      void pageTurn().then(resolve)
    })
  })
}

/**
 * Work between two page turns of a stepped build. A fixed count of items per turn took 50–80 ms a
 * turn at the size limit on a slow machine, and a garbage collection falling inside one then held
 * the page for up to 200 ms; counted in time, a turn is as short on any machine.
 */
export const STEP_BUDGET_MS = 30

/** True once `budgetMs` have passed since it last said true (or since it was made). */
export function timeBudget(budgetMs: number, now: () => number = () => performance.now()): () => boolean {
  let since = now()
  return () => {
    const time = now()
    if (time - since < budgetMs) return false
    since = time
    return true
  }
}
