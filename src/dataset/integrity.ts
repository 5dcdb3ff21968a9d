import { actor as actorSchema, event as eventSchema, source as sourceSchema } from './schema'
import type { Actor, Citation, Dataset, Source, TimelineEvent } from './schema'
import { clipText, jsonPath, type Problem } from './problems'
import { regionName } from './regions'

type Path = (string | number)[]

/** The well-formed parts of a dataset; an entry that failed its schema is undefined. */
type Parts = {
  /** Raw ids, whatever their shape: duplicates and references are checked against these. */
  ids: { events: unknown[]; actors: unknown[]; sources: unknown[] }
  events: (TimelineEvent | undefined)[]
  actors: (Actor | undefined)[]
  sources: (Source | undefined)[]
}

function duplicates(ids: unknown[], base: Path, kind: string): Problem[] {
  const seen = new Map<string, number>()
  return ids.flatMap((id, index) => {
    if (typeof id !== 'string') return []
    const first = seen.get(id)
    if (first === undefined) {
      seen.set(id, index)
      return []
    }
    return [{ path: jsonPath([...base, index, 'id']), message: `Duplicate ${kind} id "${clipText(id, 120)}" (first used at index ${first})` }]
  })
}

function isMonday(isoDate: string): boolean {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay() === 1
}

/** Cross-reference checks that a schema cannot express. */
export function checkIntegrity(data: Dataset): Problem[] {
  const ids = (items: { id: string }[]) => items.map((item) => item.id)
  return checkParts({
    ids: { events: ids(data.events), actors: ids(data.actors), sources: ids(data.sources) },
    events: data.events,
    actors: data.actors,
    sources: data.sources,
  })
}

const arrayAt = (input: unknown, key: string): unknown[] => {
  if (typeof input !== 'object' || input === null || !Object.hasOwn(input, key)) return []
  const value: unknown = (input as Record<string, unknown>)[key]
  return Array.isArray(value) ? value : []
}
const idOf = (item: unknown): unknown =>
  typeof item === 'object' && item !== null && Object.hasOwn(item, 'id') ? (item as { id: unknown }).id : undefined

/**
 * The same checks on input that failed the schema: each entry that is itself well formed is
 * checked, so a file's duplicate ids and broken references show up in the same pass as its
 * schema errors. Never throws, whatever the input.
 */
export function checkLooseIntegrity(input: unknown): Problem[] {
  const raw = { events: arrayAt(input, 'events'), actors: arrayAt(input, 'actors'), sources: arrayAt(input, 'sources') }
  const valid = <T>(items: unknown[], schema: { safeParse: (value: unknown) => { success: boolean; data?: T } }) =>
    items.map((item) => schema.safeParse(item).data)
  return checkParts({
    ids: { events: raw.events.map(idOf), actors: raw.actors.map(idOf), sources: raw.sources.map(idOf) },
    events: valid<TimelineEvent>(raw.events, eventSchema),
    actors: valid<Actor>(raw.actors, actorSchema),
    sources: valid<Source>(raw.sources, sourceSchema),
  })
}

function checkParts(data: Parts): Problem[] {
  const problems: Problem[] = [
    ...duplicates(data.ids.events, ['events'], 'event'),
    ...duplicates(data.ids.actors, ['actors'], 'actor'),
    ...duplicates(data.ids.sources, ['sources'], 'source'),
  ]
  const actorIds = new Set(data.ids.actors)
  const sourceIds = new Set(data.ids.sources)
  const sources = new Map<string, Source>()
  for (const source of data.sources) if (source && !sources.has(source.id)) sources.set(source.id, source)

  const checkCountry = (code: string, path: Path) => {
    if (!regionName(code)) problems.push({ path: jsonPath(path), message: `Unknown country code "${code}"` })
  }
  const checkActor = (id: string, path: Path) => {
    if (!actorIds.has(id)) problems.push({ path: jsonPath(path), message: `Unknown actor id "${id}"` })
  }
  const checkCitation = (cite: Citation, path: Path) => {
    if (!sourceIds.has(cite.source)) {
      problems.push({ path: jsonPath([...path, 'source']), message: `Unknown source id "${cite.source}"` })
      return
    }
    // A source that is present but malformed has its own schema problems; nothing to check here.
    const source = sources.get(cite.source)
    if (!source) return
    cite.paragraphs?.forEach((n, i) => {
      const count = source.paragraphs?.length ?? 0
      if (n > count) {
        const has = count === 0 ? 'has no numbered paragraphs' : `has ${count} paragraphs`
        problems.push({ path: jsonPath([...path, 'paragraphs', i]), message: `Paragraph ${n} does not exist: source "${source.id}" ${has}` })
      }
    })
  }

  data.actors.forEach((actor, i) => actor?.country && checkCountry(actor.country, ['actors', i, 'country']))

  const placeOf = new Map<string, { lat: number; lon: number; index: number }>()
  data.events.forEach((event, i) => {
    if (!event) return
    const at = (...rest: Path): Path => ['events', i, ...rest]
    if (event.end !== undefined && event.end < event.start) {
      problems.push({ path: jsonPath(at('end')), message: `End ${event.end} is before start ${event.start}` })
    }
    if (event.precision !== 'day' && event.end !== undefined) {
      problems.push({ path: jsonPath(at('end')), message: `An event known only to the ${event.precision} has no end date` })
    }
    if (event.precision === 'week' && !isMonday(event.start)) {
      problems.push({ path: jsonPath(at('start')), message: `Week precision needs the Monday of that week, got ${event.start}` })
    }
    if (event.precision === 'month' && !event.start.endsWith('-01')) {
      problems.push({ path: jsonPath(at('start')), message: `Month precision needs the 1st of the month, got ${event.start}` })
    }
    if (event.place) {
      if (event.location === undefined) {
        problems.push({ path: jsonPath(at('place')), message: 'Coordinates need a named location beside them' })
      } else {
        const first = placeOf.get(event.location)
        if (!first) placeOf.set(event.location, { ...event.place, index: i })
        else if (first.lat !== event.place.lat || first.lon !== event.place.lon) {
          problems.push({
            path: jsonPath(at('place')),
            message: `"${clipText(event.location, 120)}" has other coordinates at events[${first.index}]: one place, one point`,
          })
        }
      }
    }
    event.countries.forEach((code, j) => checkCountry(code, at('countries', j)))
    event.actors.forEach((id, j) => checkActor(id, at('actors', j)))
    event.sources.forEach((cite, j) => checkCitation(cite, at('sources', j)))
    event.quotes.forEach((quote, j) => {
      checkActor(quote.speaker, at('quotes', j, 'speaker'))
      checkCitation(quote.source, at('quotes', j, 'source'))
    })
    event.disputes.forEach((dispute, j) =>
      dispute.sources.forEach((cite, k) => checkCitation(cite, at('disputes', j, 'sources', k))),
    )
  })
  return problems
}
