import { zodMessage } from '../validate'

/** Same wording as validateDataset, so imported files read like `npm run check:data`. */
export const PARSE_OPTIONS = { error: zodMessage }

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
