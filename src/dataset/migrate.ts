import { FORMAT_VERSION } from './schema'
import type { Problem } from './problems'

/**
 * Old files rewritten into the current format before they are validated, one step per version, so
 * every file ever written keeps opening. A step returns a new object; the input is never changed.
 */
const STEPS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
  // v1 had no formatVersion, and its category enum is exactly the default vocabulary v2 applies
  // when a file declares none; countries became optional, which v1 files satisfy.
  1: (file) => ({ ...file, formatVersion: 2 }),
}

export type Migrated = { value: unknown; problems: Problem[] }

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The file as the current format, or the problem that stops it from being read. */
export function migrateDataset(input: unknown): Migrated {
  if (!isRecord(input)) return { value: input, problems: [] }
  const declared = Object.hasOwn(input, 'formatVersion') ? input.formatVersion : 1
  if (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 1) return { value: input, problems: [] }
  if (declared > FORMAT_VERSION) {
    return {
      value: input,
      problems: [
        {
          path: '$.formatVersion',
          message: `Written for format version ${declared}; this version of the app reads versions 1 to ${FORMAT_VERSION}. Open it in a newer version.`,
        },
      ],
    }
  }
  let file = input
  for (let version = declared; version < FORMAT_VERSION; version++) {
    const step = STEPS[version]
    if (step) file = step(file)
  }
  return { value: file, problems: [] }
}
