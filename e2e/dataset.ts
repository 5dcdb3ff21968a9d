import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Dataset, TimelineEvent } from '../src/dataset/schema'
import { parseDataset } from '../src/dataset/validate'

type CuratedEvent = TimelineEvent

/** The bundled dataset, read straight from disk and parsed as the app parses it, so tests follow the data. */
export const curated: Dataset = parseDataset(
  readFileSync(fileURLToPath(new URL('../data/coalition-of-the-willing.json', import.meta.url)), 'utf8'),
)

export const TOTAL = curated.events.length
export const DATASET_ROUTE = '**/assets/coalition-of-the-willing*.json'

/** Chronological, as the app orders them. */
export const chronological = [...curated.events].sort(
  (a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id),
)

export const byId = (id: string): CuratedEvent => {
  const event = curated.events.find((e) => e.id === id)
  if (!event) throw new Error(`no event ${id} in the curated dataset`)
  return event
}
