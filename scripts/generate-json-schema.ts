/**
 * Writes the dataset's JSON Schema and the compiled checks made from it, from the zod schema:
 * `npm run schema`. A test fails when any of them is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { DATASET_SCHEMA_FILE, datasetJsonSchemaText } from '../src/dataset/json-schema.ts'
import { ACCEPT_FILES, acceptCode } from './accept-dataset-code.ts'

mkdirSync(dirname(DATASET_SCHEMA_FILE), { recursive: true })
writeFileSync(DATASET_SCHEMA_FILE, datasetJsonSchemaText())
console.log(`✓ wrote ${DATASET_SCHEMA_FILE}`)
for (const checks of ACCEPT_FILES) {
  const { js, types } = acceptCode(checks)
  writeFileSync(`${checks.file}.js`, js)
  writeFileSync(`${checks.file}.d.ts`, types)
  console.log(`✓ wrote ${checks.file}.js and .d.ts`)
}
