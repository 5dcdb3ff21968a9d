/**
 * Writes the dataset's JSON Schema and the compiled check made from it, from the zod schema:
 * `npm run schema`. A test fails when either is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { DATASET_SCHEMA_FILE, datasetJsonSchemaText } from '../src/dataset/json-schema.ts'
import { ACCEPT_CODE_FILE, ACCEPT_TYPES_FILE, acceptDatasetCode } from './accept-dataset-code.ts'

mkdirSync(dirname(DATASET_SCHEMA_FILE), { recursive: true })
writeFileSync(DATASET_SCHEMA_FILE, datasetJsonSchemaText())
console.log(`✓ wrote ${DATASET_SCHEMA_FILE}`)
const { js, types } = acceptDatasetCode()
writeFileSync(ACCEPT_CODE_FILE, js)
writeFileSync(ACCEPT_TYPES_FILE, types)
console.log(`✓ wrote ${ACCEPT_CODE_FILE} and ${ACCEPT_TYPES_FILE}`)
