import { dataset, type Dataset } from './schema'
import { checkIntegrity } from './integrity'
import { DatasetError, jsonPath, type Problem } from './problems'

export type Validation = { ok: true; data: Dataset } | { ok: false; problems: Problem[] }

/** Schema first, then cross-references: integrity checks need well-typed data. */
export function validateDataset(input: unknown): Validation {
  const parsed = dataset.safeParse(input, { error: (issue) => (issue.input === undefined ? 'Required field is missing' : undefined) })
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: jsonPath(issue.path), message: issue.message })),
    }
  }
  const problems = checkIntegrity(parsed.data)
  return problems.length ? { ok: false, problems } : { ok: true, data: parsed.data }
}

export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new DatasetError('The dataset is not valid JSON', [{ path: '$', message: detail }])
  }
}

/** Parses and validates dataset text, throwing a DatasetError that lists every problem. */
export function parseDataset(text: string): Dataset {
  const result = validateDataset(parseJson(text))
  if (!result.ok) {
    const count = result.problems.length
    throw new DatasetError(`The dataset has ${count} problem${count === 1 ? '' : 's'}`, result.problems)
  }
  return result.data
}
