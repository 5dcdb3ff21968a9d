export type Problem = {
  /** JSON path of the offending value, e.g. `$.events[3].actors[0]`. */
  path: string
  message: string
}

export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`
    const key = String(segment)
    return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
  }, '$')
}

export function formatProblem(problem: Problem): string {
  return `${problem.path}: ${problem.message}`
}

/** Thrown by the loader so the UI can list every problem rather than a generic failure. */
export class DatasetError extends Error {
  readonly problems: Problem[]

  constructor(summary: string, problems: Problem[] = []) {
    super(summary)
    this.name = 'DatasetError'
    this.problems = problems
  }
}
