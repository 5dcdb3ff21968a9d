import { z } from 'zod'
import { dataset } from './schema'
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
