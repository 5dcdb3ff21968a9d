import { checkEvent, type EventRefs } from '../integrity'
import { clipText, type Problem } from '../problems'
import { event as eventSchema, type Actor, type CategoryDefinition, type Source, type TimelineEvent } from '../schema'
import { issueProblems } from '../validate'
import { acceptEvent } from '../accept-parts.generated.js'
import { parseChecked } from '../parse-checked'
import { PARSE_OPTIONS } from './zod-problems'

/** A raw event and how to name a place in it for the reader (`$.start` -> `row 7, column "start"`). */
export type Candidate = { value: unknown; locate: (relativePath: string) => string }

/** Schema and integrity problems of one event against known-good actors and sources, paths relative (`$.start`). */
export function eventProblems(value: unknown, refs: EventRefs): { event?: TimelineEvent; problems: Problem[] } {
  const parsed = parseChecked(acceptEvent, eventSchema, value, PARSE_OPTIONS)
  if (!parsed.success) return { problems: issueProblems(parsed.error) }
  const problems = checkEvent(parsed.data, refs)
  return problems.length ? { problems } : { event: parsed.data, problems }
}

/** Lookups over lists of actors and sources that are already known to be good. */
export function refsOf(categories: readonly CategoryDefinition[], actors: readonly Actor[], sources: readonly Source[]): EventRefs {
  const categoryIds = new Set(categories.map((c) => c.id))
  const actorIds = new Set(actors.map((a) => a.id))
  const byId = new Map(sources.map((s) => [s.id, s]))
  return { hasCategory: (id) => categoryIds.has(id), hasActor: (id) => actorIds.has(id), hasSource: (id) => byId.has(id), source: (id) => byId.get(id) }
}

/** An imported row's lookups: the source it brings, which is new, plus what was kept before it. */
export function rowRefs(source: Source, kept: Pick<EventRefs, 'hasActor' | 'hasSource'>): EventRefs {
  return {
    // Importers make a category of every value they meet (category-pool.ts).
    hasCategory: () => true,
    hasActor: kept.hasActor,
    hasSource: (id) => id === source.id || kept.hasSource(id),
    // Rows cite only their own source, so only its paragraphs can be checked.
    source: (id) => (id === source.id ? source : undefined),
  }
}

/** Keeps each event that is valid on its own and whose id is new; reports the others where the reader can find them. */
export function keepValidEvents(candidates: readonly Candidate[], refs: EventRefs) {
  const events: TimelineEvent[] = []
  const problems: Problem[] = []
  const ids = new Set<string>()
  for (const { value, locate } of candidates) {
    // A path can hold a hostile key; clipped once it has its prefix.
    const at = (path: string) => clipText(locate(path))
    const result = eventProblems(value, refs)
    problems.push(...result.problems.map((p) => ({ path: at(p.path), message: p.message })))
    if (!result.event) continue
    if (ids.has(result.event.id)) {
      problems.push({ path: at('$.id'), message: `Duplicate event id "${result.event.id}"; the first one is kept` })
      continue
    }
    ids.add(result.event.id)
    events.push(result.event)
  }
  return { events, problems }
}
