import { DatasetError, type Problem } from '../problems'
import type { Dataset, DatasetMeta } from '../schema'
import { unknownKeyProblem, validateDataset } from '../validate'
import { keepValidEvents, refsOf } from './keep-valid-events'
import { salvageActors, salvageMeta, salvageSources, salvageStories } from './salvage-parts'
import { isRecord } from './zod-problems'
import { APP_NAME } from '../app-name'

export type Imported = { dataset: Dataset; problems: Problem[] }

const TOP_LEVEL = new Set(['$schema', 'meta', 'sources', 'actors', 'events', 'stories'])

/**
 * The app's own format. A valid file passes through untouched; otherwise everything valid on its own is
 * kept — meta fields, actors, sources, then events that only reference what was kept — and the rest listed.
 */
export function fromAppJson(raw: unknown, fallbackMeta: DatasetMeta): Imported {
  const whole = validateDataset(raw)
  if (whole.ok) return { dataset: whole.data, problems: [] }
  if (!isRecord(raw) || !Array.isArray(raw.events)) {
    throw new DatasetError(`This file is not a ${APP_NAME} dataset: it has no list of events`, whole.problems)
  }
  const meta = salvageMeta(raw.meta, fallbackMeta)
  const actors = salvageActors(raw.actors)
  const sources = salvageSources(raw.sources)
  const candidates = raw.events.map((value, i) => ({ value, locate: (p: string) => `$.events[${i}]${p.slice(1)}` }))
  const refs = refsOf(actors.value, sources.value)
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
      meta: meta.value,
      actors: actors.value,
      sources: sources.value,
      events: events.events,
      ...(stories.value.length ? { stories: stories.value } : {}),
    },
    problems: [...unknownKeys, ...meta.problems, ...actors.problems, ...sources.problems, ...events.problems, ...stories.problems],
  }
}
