import { escapeBidiControls } from './bidi'
export type Problem = {
  /** JSON path of the offending value, e.g. `$.events[3].actors[0]`. */
  path: string
  message: string
}

/** Paths and messages can quote a hostile key or value: keep each readable on one screen. */
export const MAX_PROBLEM_TEXT = 300

/** Cuts by code points, so an emoji or surrogate pair is never split. */
export function clipText(value: string, max: number = MAX_PROBLEM_TEXT): string {
  if (value.length <= max) return value
  let end = 0
  let count = 0
  for (const char of value) {
    if (count === max - 1) break
    end += char.length
    count++
  }
  return `${value.slice(0, end)}…`
}

export function jsonPath(segments: readonly PropertyKey[]): string {
  const path = segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`
    // Cut first: the test and the quoting below must not walk a hostile key whole.
    const whole = String(segment)
    const key = clipText(whole, MAX_PROBLEM_TEXT)
    const shown = key === whole ? key : key.slice(0, -1)
    return /^[A-Za-z_$][\w$]*$/.test(shown) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
  }, '$')
  return clipText(path)
}

/**
 * A problem as the reader sees it: a bidi control quoted from a file is written as its escape, so it
 * cannot mirror the app's own words around it.
 */
export function shownProblem(problem: Problem): Problem {
  // Clipped again: each escape is six characters long.
  return { path: clipText(escapeBidiControls(problem.path)), message: clipText(escapeBidiControls(problem.message)) }
}

/** What a failure says to the reader: its message, clipped (it can quote a URL or a file), and its problems. */
export function describeFailure(error: unknown, fallback: string): { message: string; problems: Problem[] } {
  return {
    message: error instanceof Error ? clipText(error.message, 500) : fallback,
    problems: error instanceof DatasetError ? error.problems : [],
  }
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`
}

export type DatasetErrorOptions = {
  /** A failure that may not happen again (network down, server error): worth retrying by itself. */
  transient?: boolean
}

/** Thrown by the loader so the UI can list every problem rather than a generic failure. */
export class DatasetError extends Error {
  readonly problems: Problem[]
  readonly transient: boolean

  constructor(summary: string, problems: Problem[] = [], options: DatasetErrorOptions = {}) {
    super(escapeBidiControls(summary))
    this.name = 'DatasetError'
    this.problems = problems.map(shownProblem)
    this.transient = options.transient ?? false
  }
}
