import type { z } from 'zod'

/**
 * A dataset, or one part of an import (an event, a source, an actor), checked by its compiled check
 * first (accept-*.generated.js): what it passes is taken as it is, defaults filled in, and zod parses
 * everything else and says what is wrong. At 100,000 events zod's checks were 2.3 s of a load in
 * Chromium, and 30 % of a large ACLED import.
 */
export function parseChecked<T>(
  accept: (value: unknown) => value is T,
  schema: z.ZodType<T>,
  value: unknown,
  options?: z.core.ParseContext<z.core.$ZodIssue>,
): z.ZodSafeParseResult<T> {
  return accept(value) ? { success: true, data: value } : schema.safeParse(value, options)
}
