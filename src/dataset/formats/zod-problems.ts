import type { z } from 'zod'
import { jsonPath, type Problem } from '../problems'
import { zodMessage } from '../validate'

/** Same wording as validateDataset, so imported files read like `npm run check:data`. */
export const PARSE_OPTIONS = { error: zodMessage }

/** Issues as problems, their paths under `prefix` (a JSON path such as `$.events[3]`). */
export function issueProblems(error: z.ZodError, prefix = '$'): Problem[] {
  return error.issues.map((issue) => ({ path: underPath(prefix, jsonPath(issue.path)), message: issue.message }))
}

/** `$.events[3]` + `$.start` -> `$.events[3].start`. */
export function underPath(prefix: string, relative: string): string {
  return prefix + relative.slice(1)
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
