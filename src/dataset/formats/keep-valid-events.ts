import { checkIntegrity } from '../integrity'
import type { Problem } from '../problems'
import { event as eventSchema, type Actor, type DatasetMeta, type Source, type TimelineEvent } from '../schema'
import { issueProblems, PARSE_OPTIONS } from './zod-problems'

/** A raw event and how to name a place in it for the reader (`$.start` -> `row 7, column "start"`). */
export type Candidate = { value: unknown; locate: (relativePath: string) => string }

export type EventContext = { actors: readonly Actor[]; sources: readonly Source[] }

const PLACEHOLDER_META: DatasetMeta = {
  title: 'x', description: 'x', version: '0.0.0', updated: '2000-01-01', licence: 'x', method: 'x',
}
const FIRST_EVENT = '$.events[0]'

/** Schema and integrity problems of one event against known-good actors and sources, paths relative (`$.start`). */
export function eventProblems(value: unknown, context: EventContext): { event?: TimelineEvent; problems: Problem[] } {
  const parsed = eventSchema.safeParse(value, PARSE_OPTIONS)
  if (!parsed.success) return { problems: issueProblems(parsed.error) }
  const single = { meta: PLACEHOLDER_META, actors: [...context.actors], sources: [...context.sources], events: [parsed.data] }
  // Actors and sources were checked already, so every remaining problem is this event's.
  const problems = checkIntegrity(single)
    .filter((p) => p.path.startsWith(FIRST_EVENT))
    .map((p) => ({ ...p, path: `$${p.path.slice(FIRST_EVENT.length)}` }))
  return problems.length ? { problems } : { event: parsed.data, problems }
}

/** Keeps each event that is valid on its own and whose id is new; reports the others where the reader can find them. */
export function keepValidEvents(candidates: readonly Candidate[], context: EventContext) {
  const events: TimelineEvent[] = []
  const problems: Problem[] = []
  const ids = new Set<string>()
  for (const { value, locate } of candidates) {
    const result = eventProblems(value, context)
    problems.push(...result.problems.map((p) => ({ path: locate(p.path), message: p.message })))
    if (!result.event) continue
    if (ids.has(result.event.id)) {
      problems.push({ path: locate('$.id'), message: `Duplicate event id "${result.event.id}"; the first one is kept` })
      continue
    }
    ids.add(result.event.id)
    events.push(result.event)
  }
  return { events, problems }
}
