import type { z } from 'zod'
import { acceptDataset } from './accept-dataset.generated.js'
import { dataset, type Dataset } from './schema'
import { checkIntegrity, checkLooseIntegrity } from './integrity'
import { parseChecked } from './parse-checked'
import { migrateDataset } from './migrate'
import { markPhase } from './phase-marks'
import { clipText, DatasetError, jsonPath, type Problem } from './problems'

export type Validation = { ok: true; data: Dataset } | { ok: false; problems: Problem[] }

/** Keys that could reach an object's prototype if a later step ever copied them. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`

/** Plain-words messages for the issues a hand-edited file most often has; importers use them too. */
export function zodMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.input === undefined && issue.code === 'invalid_type') return 'Required field is missing'
  if (issue.code === 'too_big' && issue.origin === 'string' && typeof issue.input === 'string') {
    return `Too long: ${plural(issue.input.length, 'character')}, at most ${Number(issue.maximum).toLocaleString('en')} allowed`
  }
  if (issue.code === 'too_small' && issue.origin === 'array') return `Too small: needs at least ${plural(Number(issue.minimum), 'item')}`
  if (issue.code === 'too_big' && issue.origin === 'array') return `Too big: at most ${plural(Number(issue.maximum), 'item')} allowed`
  return undefined
}

/** An unknown key, at its own path, cut before it is quoted: a 50 MB key costs what a short one does. */
export function unknownKeyProblem(path: readonly PropertyKey[], key: string): Problem {
  return {
    path: jsonPath([...path, key]),
    message: RESERVED_KEYS.has(key) ? `Field name "${key}" is not allowed` : `Unknown field ${JSON.stringify(clipText(key, 80))}`,
  }
}

/**
 * Problems from zod's issues, paths under `prefix` (`$.events[3]`): the one translation, for the
 * strict and the lenient path alike.
 */
export function issueProblems(error: z.ZodError, prefix = '$'): Problem[] {
  const under = (path: string) => clipText(prefix + path.slice(1))
  return error.issues.flatMap((issue): Problem[] => {
    // One problem per unknown key, at the key's own path, so each can be found in the file.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const problem = unknownKeyProblem(issue.path, key)
        return { ...problem, path: under(problem.path) }
      })
    }
    return [{ path: under(jsonPath(issue.path)), message: clipText(issue.message) }]
  })
}

/**
 * Schema first, then cross-references. When the schema fails, cross-references are still
 * checked on whatever parts are well formed, so one pass lists (nearly) every problem.
 */
export function validateDataset(input: unknown): Validation {
  const migrated = migrateDataset(input)
  if (migrated.problems.length) return { ok: false, problems: migrated.problems }
  const parsed = parseChecked(acceptDataset, dataset, migrated.value, { error: zodMessage })
  if (!parsed.success) {
    return { ok: false, problems: [...issueProblems(parsed.error), ...checkLooseIntegrity(migrated.value)] }
  }
  const problems = checkIntegrity(parsed.data)
  return problems.length ? { ok: false, problems } : { ok: true, data: parsed.data }
}

/**
 * Editors on Windows like to save files with a byte-order mark, which JSON.parse rejects and CSV
 * would read as part of the first column name. Removed once, where text enters: here and importDataset.
 */
export function withoutBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') throw new DatasetError('The dataset file is empty', [{ path: '$', message: 'Expected JSON, found nothing' }])
  try {
    return JSON.parse(text)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    throw new DatasetError('The dataset is not valid JSON', [{ path: '$', message: clipText(detail) }])
  }
}

/** Parses and validates dataset text, throwing a DatasetError that lists every problem. */
export function parseDataset(text: string): Dataset {
  const json = parseJson(withoutBom(text))
  markPhase('dataset parsed')
  const result = validateDataset(json)
  markPhase('dataset validated')
  if (!result.ok) {
    const count = result.problems.length
    throw new DatasetError(`The dataset has ${plural(count, 'problem')}`, result.problems)
  }
  return result.data
}
