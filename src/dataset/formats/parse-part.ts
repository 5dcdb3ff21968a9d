import type { z } from 'zod'

/**
 * One part of an import (an event, a source, an actor), checked by its compiled check first: what it
 * passes is taken as it is, defaults filled in, and zod parses everything else and says what is wrong.
 * The checks are 30 % of a large ACLED import when zod does them all.
 */
export function parsePart<T>(
  accept: (value: unknown) => value is T,
  schema: z.ZodType<T>,
  value: unknown,
  options?: z.core.ParseContext<z.core.$ZodIssue>,
): z.ZodSafeParseResult<T> {
  return accept(value) ? { success: true, data: value } : schema.safeParse(value, options)
}
