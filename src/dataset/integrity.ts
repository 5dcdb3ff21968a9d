import { actor as actorSchema, DEFAULT_CATEGORIES, event as eventSchema, source as sourceSchema, story as storySchema } from './schema'
import type { Actor, Citation, Dataset, Source, TimelineEvent } from './schema'
import type { Story } from './story-schema'
import { clipText, jsonPath, type Problem } from './problems'
import { regionName } from './regions'

type Path = (string | number)[]

/** The well-formed parts of a dataset; an entry that failed its schema is undefined. */
type Parts = {
  /** Raw ids, whatever their shape: duplicates and references are checked against these. */
  ids: { events: unknown[]; actors: unknown[]; sources: unknown[]; categories: unknown[]; stories: unknown[] }
  events: (TimelineEvent | undefined)[]
  actors: (Actor | undefined)[]
  sources: (Source | undefined)[]
  stories: (Story | undefined)[]
}

function duplicates(ids: unknown[], base: Path, kind: string): Problem[] {
  const seen = new Map<string, number>()
  const problems: Problem[] = []
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index]
    if (typeof id !== 'string') continue
    const first = seen.get(id)
    if (first === undefined) seen.set(id, index)
    else problems.push({ path: jsonPath([...base, index, 'id']), message: `Duplicate ${kind} id "${clipText(id, 120)}" (first used at index ${first})` })
  }
  return problems
}

function isMonday(isoDate: string): boolean {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay() === 1
}

const isTimestamp = (value: string) => value.includes('T')

/** Each precision's date shape: a timestamp only for minutes, the first day of its week, month or year. */
function dateProblems(event: TimelineEvent): Problem[] {
  const problems: Problem[] = []
  const at = (key: string, message: string) => problems.push({ path: `$.${key}`, message })
  const { start, end, precision } = event
  if (precision === 'minute') {
    if (!isTimestamp(start)) at('start', `Minute precision needs a time with its offset, such as ${start}T14:30+01:00`)
    if (end !== undefined && !isTimestamp(end)) at('end', 'The end of an event known to the minute is a time too')
    if (end !== undefined && isTimestamp(start) && isTimestamp(end) && Date.parse(end) < Date.parse(start)) {
      at('end', `End ${end} is before start ${start}`)
    }
    return problems
  }
  if (isTimestamp(start)) at('start', `A time of day needs precision "minute"; ${precision} precision takes a date as YYYY-MM-DD`)
  if (end !== undefined && isTimestamp(end)) at('end', `A time of day needs precision "minute"; ${precision} precision takes a date as YYYY-MM-DD`)
  if (problems.length) return problems
  if (end !== undefined && end < start) at('end', `End ${end} is before start ${start}`)
  if (precision !== 'day' && end !== undefined) at('end', `An event known only to the ${precision} has no end date`)
  if (precision === 'week' && !isMonday(start)) at('start', `Week precision needs the Monday of that week, got ${start}`)
  if (precision === 'month' && !start.endsWith('-01')) at('start', `Month precision needs the 1st of the month, got ${start}`)
  if (precision === 'year' && !start.endsWith('-01-01')) at('start', `Year precision needs 1 January of the year, got ${start}`)
  return problems
}

/** Cross-reference checks that a schema cannot express. */
export function checkIntegrity(data: Dataset): Problem[] {
  const ids = (items: { id: string }[]) => items.map((item) => item.id)
  const stories = data.stories ?? []
  return checkParts({
    ids: { events: ids(data.events), actors: ids(data.actors), sources: ids(data.sources), categories: ids(data.categories), stories: ids(stories) },
    events: data.events,
    actors: data.actors,
    sources: data.sources,
    stories,
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
  const raw = {
    events: arrayAt(input, 'events'),
    actors: arrayAt(input, 'actors'),
    sources: arrayAt(input, 'sources'),
    stories: arrayAt(input, 'stories'),
  }
  // A file that declares no categories gets the defaults, as the schema gives it.
  const declared = typeof input === 'object' && input !== null && Object.hasOwn(input, 'categories')
  const categories = declared ? arrayAt(input, 'categories').map(idOf) : DEFAULT_CATEGORIES.map((c) => c.id)
  const valid = <T>(items: unknown[], schema: { safeParse: (value: unknown) => { success: boolean; data?: T } }) =>
    items.map((item) => schema.safeParse(item).data)
  return checkParts({
    ids: { events: raw.events.map(idOf), actors: raw.actors.map(idOf), sources: raw.sources.map(idOf), categories, stories: raw.stories.map(idOf) },
    events: valid<TimelineEvent>(raw.events, eventSchema),
    actors: valid<Actor>(raw.actors, actorSchema),
    sources: valid<Source>(raw.sources, sourceSchema),
    stories: valid<Story>(raw.stories, storySchema),
  })
}

/**
 * What an event's references are checked against. `source` gives a well-formed source by id;
 * `hasSource` says whether the id exists at all (a malformed source has its own problems).
 * Lookups, not lists: importers check row after row against what they have kept so far.
 */
export type EventRefs = {
  hasCategory: (id: string) => boolean
  hasActor: (id: string) => boolean
  hasSource: (id: string) => boolean
  source: (id: string) => Source | undefined
}

function countryProblem(code: string, path: Path): Problem | null {
  return regionName(code) ? null : { path: jsonPath(path), message: `Unknown country code "${code}"` }
}

/** The rules for one actor, its paths relative to it (`$.country`). */
export function checkActor(actor: Actor): Problem[] {
  const problem = actor.country ? countryProblem(actor.country, ['country']) : null
  return problem ? [problem] : []
}

/** A citation's source must exist, and so must every paragraph it cites. Paths relative to the cited item. */
function citationProblems(cite: Citation, refs: Pick<EventRefs, 'hasSource' | 'source'>, path: Path): Problem[] {
  if (!refs.hasSource(cite.source)) return [{ path: jsonPath([...path, 'source']), message: `Unknown source id "${cite.source}"` }]
  const source = refs.source(cite.source)
  if (!source) return []
  const count = source.paragraphs?.length ?? 0
  return (cite.paragraphs ?? []).flatMap((n, i) => {
    if (n <= count) return []
    const has = count === 0 ? 'has no numbered paragraphs' : `has ${count} paragraphs`
    return [{ path: jsonPath([...path, 'paragraphs', i]), message: `Paragraph ${n} does not exist: source "${source.id}" ${has}` }]
  })
}

/** What a story's references are checked against: its citations' sources, and the events and actors its views name. */
export type StoryRefs = Pick<EventRefs, 'hasActor' | 'hasSource' | 'source'> & { hasEvent: (id: string) => boolean }

/**
 * The rules for one story, its paths relative to it. A step's view is a link query; only the ids in it
 * are checked here (the dataset layer has no link parser): check:data parses each view in full.
 */
export function checkStory(story: Story, refs: StoryRefs): Problem[] {
  return story.steps.flatMap((step, i) => {
    const cited = step.body.flatMap((sentence, j) =>
      sentence.sources.flatMap((cite, k) => citationProblems(cite, refs, ['steps', i, 'body', j, 'sources', k])),
    )
    const view = new URLSearchParams(step.view)
    const at = jsonPath(['steps', i, 'view'])
    const event = view.get('e')
    const named: Problem[] = event && !refs.hasEvent(event) ? [{ path: at, message: `Unknown event id "${clipText(event, 120)}"` }] : []
    for (const id of view.get('a')?.split(',') ?? []) {
      if (id !== '' && !refs.hasActor(id)) named.push({ path: at, message: `Unknown actor id "${clipText(id, 120)}"` })
    }
    return [...cited, ...named]
  })
}

/** The rules for one event, its paths relative to it (`$.start`). */
export function checkEvent(event: TimelineEvent, refs: EventRefs): Problem[] {
  const problems: Problem[] = []
  const at = (...rest: Path) => jsonPath(rest)
  const checkCountry = (code: string, path: Path) => {
    const problem = countryProblem(code, path)
    if (problem) problems.push(problem)
  }
  const checkActor = (id: string, path: Path) => {
    if (!refs.hasActor(id)) problems.push({ path: at(...path), message: `Unknown actor id "${id}"` })
  }
  const checkCitation = (cite: Citation, path: Path) => problems.push(...citationProblems(cite, refs, path))
  if (!refs.hasCategory(event.category)) {
    problems.push({ path: at('category'), message: `Unknown category "${event.category}": the dataset's categories do not declare it` })
  }
  problems.push(...dateProblems(event))
  if (event.place && event.location === undefined) {
    problems.push({ path: at('place'), message: 'Coordinates need a named location beside them' })
  }
  event.countries.forEach((code, j) => checkCountry(code, ['countries', j]))
  event.actors.forEach((id, j) => checkActor(id, ['actors', j]))
  event.sources.forEach((cite, j) => checkCitation(cite, ['sources', j]))
  event.quotes.forEach((quote, j) => {
    checkActor(quote.speaker, ['quotes', j, 'speaker'])
    checkCitation(quote.source, ['quotes', j, 'source'])
  })
  event.disputes.forEach((dispute, j) => dispute.sources.forEach((cite, k) => checkCitation(cite, ['disputes', j, 'sources', k])))
  return problems
}

function checkParts(data: Parts): Problem[] {
  const problems: Problem[] = [
    ...duplicates(data.ids.categories, ['categories'], 'category'),
    ...duplicates(data.ids.events, ['events'], 'event'),
    ...duplicates(data.ids.actors, ['actors'], 'actor'),
    ...duplicates(data.ids.sources, ['sources'], 'source'),
    ...duplicates(data.ids.stories, ['stories'], 'story'),
  ]
  const actorIds = new Set(data.ids.actors)
  const sourceIds = new Set(data.ids.sources)
  const sources = new Map<string, Source>()
  for (const source of data.sources) if (source && !sources.has(source.id)) sources.set(source.id, source)
  const categoryIds = new Set(data.ids.categories)
  const refs: EventRefs = { hasCategory: (id) => categoryIds.has(id), hasActor: (id) => actorIds.has(id), hasSource: (id) => sourceIds.has(id), source: (id) => sources.get(id) }

  const under = (base: Path, relative: Problem[]) =>
    relative.map((problem) => ({ path: jsonPath(base) + problem.path.slice(1), message: problem.message }))
  data.actors.forEach((actor, i) => {
    if (actor) problems.push(...under(['actors', i], checkActor(actor)))
  })

  // One named place is one point: two spellings of its coordinates would drift apart on a map.
  const placeOf = new Map<string, { lat: number; lon: number; index: number }>()
  data.events.forEach((event, i) => {
    if (!event) return
    const found = checkEvent(event, refs)
    if (found.length) problems.push(...under(['events', i], found))
    if (!event.place || event.location === undefined) return
    const first = placeOf.get(event.location)
    if (!first) placeOf.set(event.location, { ...event.place, index: i })
    else if (first.lat !== event.place.lat || first.lon !== event.place.lon) {
      problems.push({
        path: jsonPath(['events', i, 'place']),
        message: `"${clipText(event.location, 120)}" has other coordinates at events[${first.index}]: one place, one point`,
      })
    }
  })
  // Only stories name events by id: most datasets have none, and a set of 100,000 ids costs 35 ms.
  const eventIds = data.stories.length ? new Set(data.ids.events) : new Set()
  data.stories.forEach((story, i) => {
    if (story) problems.push(...under(['stories', i], checkStory(story, { ...refs, hasEvent: (id) => eventIds.has(id) })))
  })
  return problems
}
