import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { z } from 'zod'
import type { dataset } from '../src/dataset/schema'

/** The dataset file as written: before the schema fills its defaults. */
type Curated = z.input<typeof dataset>
type CuratedEvent = Curated['events'][number]

/** The bundled dataset, read straight from disk so tests follow the data, not a copy of it. */
export const curated: Curated = JSON.parse(
  readFileSync(fileURLToPath(new URL('../data/coalition-of-the-willing.json', import.meta.url)), 'utf8'),
) as Curated

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
