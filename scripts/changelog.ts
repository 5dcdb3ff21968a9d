/** Writes the curated dataset's change log (meta.changes) into the README: `npm run changelog`. */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { withChangelog } from './changelog-section.ts'

const readme = fileURLToPath(new URL('../README.md', import.meta.url))
const dataset = JSON.parse(readFileSync(fileURLToPath(new URL('../data/coalition-of-the-willing.json', import.meta.url)), 'utf8'))
writeFileSync(readme, withChangelog(readFileSync(readme, 'utf8'), dataset.meta.changes ?? []))
console.log('✓ wrote the change log into README.md')
