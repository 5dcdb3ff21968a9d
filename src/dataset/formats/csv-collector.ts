import type { Problem } from '../problems'
import { actor as actorSchema, source as sourceSchema, type Actor, type Source, type TimelineEvent } from '../schema'
import { splitList, type CsvRow } from './csv-columns'
import { cell, rowEvent, rowLocation, rowSource } from './csv-row'
import { eventProblems, rowRefs } from './keep-valid-events'
import { normaliseKey } from './normalise-key'
import { sourceKey } from './source-key'
import { slugify, SlugPool } from './slugify'
import { PARSE_OPTIONS } from './zod-problems'

/** Builds the dataset row by row; a row's new actors and source are kept only if its event is valid. */
export class CsvCollector {
  private readonly events: TimelineEvent[] = []
  private readonly actors = new Map<string, Actor>()
  private readonly sources = new Map<string, Source>()
  /** Generated event ids, never one that the file writes in its id column. */
  private readonly eventIds: SlugPool
  private readonly keptEventIds = new Set<string>()
  private readonly sourceIds = new SlugPool()
  private readonly actorIds = new SlugPool()
  private readonly actorIdByName = new Map<string, string>()

  constructor(rows: readonly CsvRow[]) {
    this.eventIds = new SlugPool(rows.map((row) => cell(row, 'id')).filter(Boolean))
  }

  add(row: CsvRow, rowNumber: number): Problem[] {
    const at = (path: string, kind?: 'source') => rowLocation(rowNumber, path, kind)
    const source = this.rowSource(row)
    if (!source.ok) return source.problems.map((p) => ({ path: at(p.path, 'source'), message: p.message }))
    const actors = this.rowActors(row)
    if (!actors.ok) return [{ path: at('$.actors'), message: actors.message }]
    const givenId = cell(row, 'id')
    const id = givenId || this.eventIds.candidate(slugify(`${cell(row, 'title')} ${cell(row, 'start')}`), 'event')
    const refs = rowRefs(source.value, {
      hasActor: (actorId) => this.actors.has(actorId) || actors.added.some((a) => a.id === actorId),
      hasSource: (sourceId) => this.sourceIds.has(sourceId),
    })
    const result = eventProblems(rowEvent(row, { id, actors: actors.ids, source: source.value.id }), refs)
    // A summary left empty is the title, so its problems are the title's and already reported.
    const problems = result.problems.filter((p) => cell(row, 'summary') || !p.path.startsWith('$.summary'))
    if (!result.event) return problems.map((p) => ({ path: at(p.path), message: p.message }))
    if (this.keptEventIds.has(id)) return [{ path: at('$.id'), message: `Duplicate event id "${id}"; the first row is kept` }]
    this.keptEventIds.add(id)
    this.eventIds.add(id)
    this.events.push(result.event)
    for (const added of actors.added) {
      this.actors.set(added.id, added)
      this.actorIds.add(added.id)
      this.actorIdByName.set(normaliseKey(added.name), added.id)
    }
    this.sources.set(sourceKey(source.value), source.value)
    this.sourceIds.add(source.value.id)
    return []
  }

  result() {
    return { actors: [...this.actors.values()], sources: [...this.sources.values()], events: this.events }
  }

  private rowSource(row: CsvRow): { ok: true; value: Source } | { ok: false; problems: Problem[] } {
    const draft = rowSource(row, '')
    if (!draft) return { ok: false, problems: [{ path: '$.title', message: 'Every event needs a source: fill source_title, source_publisher and source_date' }] }
    const known = this.sources.get(sourceKey({ url: draft.url, publisher: draft.publisher ?? '', title: draft.title ?? '' }))
    if (known) return { ok: true, value: known }
    const id = this.sourceIds.candidate(slugify(`${draft.publisher ?? ''} ${draft.title ?? ''}`, 80), 'source')
    const parsed = sourceSchema.safeParse({ ...draft, id }, PARSE_OPTIONS)
    if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ path: `$.${String(i.path[0] ?? '')}`, message: i.message })) }
    return { ok: true, value: parsed.data }
  }

  private rowActors(row: CsvRow): { ok: true; ids: string[]; added: Actor[] } | { ok: false; message: string } {
    const ids: string[] = []
    const added: Actor[] = []
    for (const name of splitList(cell(row, 'actors'))) {
      // Names with no Latin letters have an empty slug: they get "actor", "actor-2"… and are matched by name.
      const byName = this.actorIdByName.get(normaliseKey(name)) ?? added.find((a) => normaliseKey(a.name) === normaliseKey(name))?.id
      const id = byName ?? (slugify(name) || this.actorIds.take('', 'actor'))
      if (!this.actors.has(id) && !added.some((a) => a.id === id)) {
        const parsed = actorSchema.safeParse({ id, name, role: '—' })
        if (!parsed.success) return { ok: false, message: `Actor "${name.slice(0, 40)}": ${parsed.error.issues[0]?.message ?? 'invalid'}` }
        added.push(parsed.data)
      }
      if (!ids.includes(id)) ids.push(id)
    }
    return { ok: true, ids, added }
  }
}
