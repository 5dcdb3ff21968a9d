import { DatasetError, type Problem } from '../problems'
import { DEFAULT_CATEGORIES, FORMAT_VERSION, type Dataset, type DatasetMeta } from '../schema'
import { migrateDataset } from '../migrate'
import { unknownKeyProblem, validateDataset } from '../validate'
import { keepValidEvents, refsOf } from './keep-valid-events'
import { salvageActors, salvageCategories, salvageEras, salvageMeta, salvageSources, salvageStories } from './salvage-parts'
import { isRecord } from './zod-problems'
import { APP_NAME } from '../app-name'

export type Imported = { dataset: Dataset; problems: Problem[] }

const TOP_LEVEL = new Set(['$schema', 'formatVersion', 'meta', 'categories', 'eras', 'sources', 'actors', 'events', 'stories'])

/**
 * The app's own format. A valid file passes through untouched; otherwise everything valid on its own is
 * kept — meta fields, actors, sources, then events that only reference what was kept — and the rest listed.
 */
export function fromAppJson(input: unknown, fallbackMeta: DatasetMeta): Imported {
  const whole = validateDataset(input)
  if (whole.ok) return { dataset: whole.data, problems: [] }
  const migrated = migrateDataset(input)
  // A file from a newer version is not salvaged: what it means by its fields is unknown here.
  if (migrated.problems.length) throw new DatasetError(`This file needs a newer version of ${APP_NAME}`, migrated.problems)
  const raw = migrated.value
  if (!isRecord(raw) || !Array.isArray(raw.events)) {
    throw new DatasetError(`This file is not a ${APP_NAME} dataset: it has no list of events`, whole.problems)
  }
  const meta = salvageMeta(raw.meta, fallbackMeta)
  const categories = Object.hasOwn(raw, 'categories') ? salvageCategories(raw.categories) : { value: [...DEFAULT_CATEGORIES], problems: [] }
  const eras = Object.hasOwn(raw, 'eras') ? salvageEras(raw.eras) : { value: [], problems: [] }
  const actors = salvageActors(raw.actors)
  const sources = salvageSources(raw.sources)
  const candidates = raw.events.map((value, i) => ({ value, locate: (p: string) => `$.events[${i}]${p.slice(1)}` }))
  const refs = refsOf(categories.value, actors.value, sources.value)
  const events = keepValidEvents(candidates, refs)
  const eventIds = new Set(events.events.map((e) => e.id))
  const stories = salvageStories(raw.stories, { ...refs, hasEvent: (id) => eventIds.has(id) })
  const unknownKeys = Object.keys(raw)
    .filter((key) => !TOP_LEVEL.has(key))
    .map((key) => {
      const problem = unknownKeyProblem([], key)
      return { ...problem, message: `${problem.message}; ignored` }
    })
  return {
    dataset: {
      ...(typeof raw.$schema === 'string' ? { $schema: raw.$schema } : {}),
      formatVersion: FORMAT_VERSION,
      meta: meta.value,
      categories: categories.value.length ? categories.value : [...DEFAULT_CATEGORIES],
      eras: eras.value,
      actors: actors.value,
      sources: sources.value,
      events: events.events,
      ...(stories.value.length ? { stories: stories.value } : {}),
    },
    problems: [...unknownKeys, ...meta.problems, ...categories.problems, ...eras.problems, ...actors.problems, ...sources.problems, ...events.problems, ...stories.problems],
  }
}
