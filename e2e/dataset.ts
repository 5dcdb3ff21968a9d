import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

type CuratedEvent = { id: string; title: string; start: string; actors: string[] }
type Curated = { meta: { title: string }; events: CuratedEvent[] }

/** The bundled dataset, read straight from disk so tests follow the data, not a copy of it. */
export const curated: Curated = JSON.parse(
  readFileSync(fileURLToPath(new URL('../data/coalition-of-the-willing.json', import.meta.url)), 'utf8'),
) as Curated

export const DATASET_ROUTE = '**/assets/coalition-of-the-willing*.json'
