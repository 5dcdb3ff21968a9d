/** Writes the dataset's JSON Schema from the zod schema: `npm run schema`. A test fails when it is stale. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { DATASET_SCHEMA_FILE, datasetJsonSchemaText } from '../src/dataset/json-schema.ts'

mkdirSync(dirname(DATASET_SCHEMA_FILE), { recursive: true })
writeFileSync(DATASET_SCHEMA_FILE, datasetJsonSchemaText())
console.log(`✓ wrote ${DATASET_SCHEMA_FILE}`)
