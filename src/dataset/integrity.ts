import type { Citation, Dataset } from './schema'
import { jsonPath, type Problem } from './problems'
import { regionName } from './regions'

type Path = (string | number)[]

function duplicates(ids: string[], base: Path, kind: string): Problem[] {
  const seen = new Map<string, number>()
  return ids.flatMap((id, index) => {
    const first = seen.get(id)
    if (first === undefined) {
      seen.set(id, index)
      return []
    }
    return [{ path: jsonPath([...base, index, 'id']), message: `Duplicate ${kind} id "${id}" (first used at index ${first})` }]
  })
}

function isMonday(isoDate: string): boolean {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay() === 1
}

/** Cross-reference checks that a schema cannot express. */
export function checkIntegrity(data: Dataset): Problem[] {
  const problems: Problem[] = [
    ...duplicates(data.events.map((e) => e.id), ['events'], 'event'),
    ...duplicates(data.actors.map((a) => a.id), ['actors'], 'actor'),
    ...duplicates(data.sources.map((s) => s.id), ['sources'], 'source'),
  ]
  const actorIds = new Set(data.actors.map((a) => a.id))
  const sources = new Map(data.sources.map((s) => [s.id, s]))

  const checkCountry = (code: string, path: Path) => {
    if (!regionName(code)) problems.push({ path: jsonPath(path), message: `Unknown country code "${code}"` })
  }
  const checkActor = (id: string, path: Path) => {
    if (!actorIds.has(id)) problems.push({ path: jsonPath(path), message: `Unknown actor id "${id}"` })
  }
  const checkCitation = (cite: Citation, path: Path) => {
    const source = sources.get(cite.source)
    if (!source) {
      problems.push({ path: jsonPath([...path, 'source']), message: `Unknown source id "${cite.source}"` })
      return
    }
    cite.paragraphs?.forEach((n, i) => {
      const count = source.paragraphs?.length ?? 0
      if (n > count) {
        const has = count === 0 ? 'has no numbered paragraphs' : `has ${count} paragraphs`
        problems.push({ path: jsonPath([...path, 'paragraphs', i]), message: `Paragraph ${n} does not exist: source "${source.id}" ${has}` })
      }
    })
  }

  data.actors.forEach((actor, i) => actor.country && checkCountry(actor.country, ['actors', i, 'country']))

  data.events.forEach((event, i) => {
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
