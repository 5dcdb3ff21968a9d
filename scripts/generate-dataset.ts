/** `npm run generate -- --events 10000 --seed 1 [--out path]`: a deterministic benchmark dataset. */
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { parseArgs } from 'node:util'
import { generateDataset } from './bench/generate.ts'

const { values } = parseArgs({
  options: { events: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
})
const events = Number(values.events)
const seed = Number(values.seed)
if (!Number.isInteger(events) || events < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run generate -- --events N --seed S [--out FILE]')
  process.exit(1)
}
// Generated data is never committed: bench-results/ is gitignored.
const out = values.out ?? `bench-results/datasets/events-${events}-seed-${seed}.json`
const { dataset, stats } = generateDataset(events, seed)
mkdirSync(dirname(out), { recursive: true })
writeFileSync(out, JSON.stringify(dataset))
console.log(`${out}: ${stats.events} events, ${stats.actors} actors, ${stats.sources} sources`)
