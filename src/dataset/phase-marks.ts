/**
 * The moments of a page load, as User Timing marks named `phase:<name>`. `npm run bench` reads the
 * first of each to say where the time before the first paint goes; a mark costs microseconds.
 */
export type Phase =
  | 'modules evaluated'
  | 'first commit'
  | 'dataset fetched'
  | 'dataset parsed'
  | 'dataset validated'
  | 'index built'
  | 'workspace committed'
  | 'timeline code loaded'
  | 'vis constructed'

export const PHASE_PREFIX = 'phase:'
/** The overview strip's counting and drawing of its bars, per update. */
export const STRIP_UPDATE_MEASURE = 'overview strip update'

export function markPhase(phase: Phase): void {
  globalThis.performance?.mark?.(PHASE_PREFIX + phase)
}

/** Runs `work` and records its duration as a User Timing measure named `name`, for the bench. */
export function measured<T>(name: string, work: () => T): T {
  const start = performance.now()
  try {
    return work()
  } finally {
    performance.measure(name, { start })
  }
}
