import { z } from 'zod'
import { dataset, eventDate, isoDate } from './schema'
import { APP_NAME } from './app-name'

/** Where the generated schema is committed; Vite copies public/ to the site root. */
export const DATASET_SCHEMA_FILE = 'public/schema/dataset.schema.json'

/** zod allows only http(s) URLs; JSON Schema's "uri" format alone would let `javascript:` through. */
const WEB_URL_PATTERN = '^[Hh][Tt][Tt][Pp][Ss]?://'

/**
 * JSON Schema (draft 2020-12) of the dataset file, for editors and other tools. It is the input shape, so
 * fields with defaults are optional. Refinements (real calendar dates) and the integrity checks (ids,
 * references, weeks starting on Monday) cannot be expressed: `npm run check:data` remains the full check.
 */
export function datasetJsonSchema(): Record<string, unknown> {
  const { $schema, ...rest } = z.toJSONSchema(dataset, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: ({ jsonSchema }) => {
      if (jsonSchema.format === 'uri') jsonSchema.pattern = WEB_URL_PATTERN
    },
  })
  return {
    $schema,
    title: `${APP_NAME} dataset`,
    description:
      'A source-cited timeline dataset. Generated from src/dataset/schema.ts by `npm run schema`; dates, ids and cross-references are checked fully only by `npm run check:data`.',
    ...rest,
  }
}

export function datasetJsonSchemaText(): string {
  return `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`
}

/**
 * Stricter stand-ins for what JSON Schema cannot say, for the compiled check (acceptJsonSchema). Each
 * accepts only strings zod accepts and returns unchanged; anything else is left to zod. They are
 * unambiguous, so matching stays linear on hostile input.
 */
const LEAP_YEAR = String.raw`(?:[12]\d(?:0[48]|[2468][048]|[13579][26])|(?:12|16|20|24|28)00)`
const CALENDAR_DAY = String.raw`(?:[12]\d{3}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\d|30)|02-(?:0[1-9]|1\d|2[0-8]))|${LEAP_YEAR}-02-29)`
const TIME_WITH_OFFSET = String.raw`T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)`
export const ACCEPT_PATTERNS = {
  /** Years 1000 to 2999, real days only. */
  isoDate: `^${CALENDAR_DAY}$`,
  eventDate: `^${CALENDAR_DAY}(?:${TIME_WITH_OFFSET})?$`,
  /** Nothing for zod's trim() to take off. */
  trimmed: String.raw`^\S(?:[\s\S]*\S)?$`,
  /**
   * An http(s) URL that every browser's URL parser takes as it is: a lowercase scheme, an ASCII host
   * whose last label starts with a letter (so it is never read as an IPv4 address), no punycode label
   * to decode, no user name, a port under 10,000, then printable ASCII.
   */
  webUrl: String.raw`^https?://(?![^/?#]*[xX][nN]--)(?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*(?::\d{1,4})?(?:[/?#][\x21-\x7E]*)?$`,
} as const

type ZodNode = z.core.$ZodType
/** A refined schema and every schema it was refined from: zod hands each of them to `override`. */
const lineage = (schema: ZodNode): ZodNode[] => (schema._zod.parent ? [schema, ...lineage(schema._zod.parent)] : [schema])
const REFINED = new Map<ZodNode, string>([...lineage(isoDate).map((node) => [node, ACCEPT_PATTERNS.isoDate] as const), ...lineage(eventDate).map((node) => [node, ACCEPT_PATTERNS.eventDate] as const)])
const checksOf = (schema: ZodNode): string[] => (schema._zod.def.checks ?? []).map((check) => check._zod.def.check)
/** Whether every transform on the schema is trim(): the only one the trimmed pattern stands for. */
const onlyTrims = (schema: ZodNode): boolean =>
  (schema._zod.def.checks ?? []).every((check) => {
    const def = check._zod.def as { check: string; tx?: (value: string) => unknown }
    return def.check !== 'overwrite' || def.tx?.(' Ab\n') === 'Ab'
  })

/**
 * The JSON Schema a compiled check (`npm run schema` writes them) is made from: a zod schema with each
 * refinement and transform replaced by a stricter pattern, so that what it accepts zod accepts too and
 * returns unchanged. A refinement or transform it has no pattern for stops the build.
 */
export function acceptJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'throw',
    override: ({ zodSchema, jsonSchema }) => {
      const checks = checksOf(zodSchema)
      const refined = REFINED.get(zodSchema)
      if (refined) jsonSchema.pattern = refined
      else if (checks.includes('custom')) throw new Error(`A refinement the compiled check cannot express: ${JSON.stringify(jsonSchema)}`)
      if (checks.includes('overwrite')) {
        // The pattern stands for trim() alone, and would replace any pattern beside it.
        if (!onlyTrims(zodSchema) || jsonSchema.pattern) throw new Error(`A transform the compiled check cannot express: ${JSON.stringify(jsonSchema)}`)
        jsonSchema.pattern = ACCEPT_PATTERNS.trimmed
      }
      if (jsonSchema.format === 'uri') {
        delete jsonSchema.format
        jsonSchema.pattern = ACCEPT_PATTERNS.webUrl
      }
    },
  })
  // The draft is ajv's choice of class, not a keyword it reads.
  delete json.$schema
  return json
}
