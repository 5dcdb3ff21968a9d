import type { Problem } from '../problems'
import { acceptActor, acceptSource } from '../accept-parts.generated.js'
import { parseChecked } from '../parse-checked'
import { actor as actorSchema, source as sourceSchema, type Actor, type Source, type TimelineEvent } from '../schema'
import type { CsvRow } from './csv-columns'
import { splitList } from './csv-text'
import { CategoryPool } from './category-pool'
import { cell, rowDates, rowEvent, rowLocation, rowSource } from './csv-row'
import { eventProblems, rowRefs } from './keep-valid-events'
import { normaliseText } from '../normalise-text'
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
  private readonly categories = new CategoryPool()

  constructor(rows: readonly CsvRow[]) {
    this.eventIds = new SlugPool(rows.map((row) => cell(row, 'id')).filter(Boolean))
  }

  add(row: CsvRow, rowNumber: number): Problem[] {
    const at = (path: string, kind?: 'source') => rowLocation(rowNumber, path, kind)
    const source = this.rowSource(row)
    if (!source.ok) return source.problems.map((p) => ({ path: at(p.path, 'source'), message: p.message }))
    const actors = this.rowActors(row)
    if (!actors.ok) return [{ path: at('$.actors'), message: actors.message }]
    const addedIds = new Set(actors.added.map((a) => a.id))
    const givenId = cell(row, 'id')
    const id = givenId || this.eventIds.candidate(slugify(`${cell(row, 'title')} ${cell(row, 'start')}`), 'event')
    const refs = rowRefs(source.value, {
      hasActor: (actorId) => this.actors.has(actorId) || addedIds.has(actorId),
      hasSource: (sourceId) => this.sourceIds.has(sourceId),
    })
    const label = cell(row, 'category_label')
    const category = label ? this.categories.idWithLabel(cell(row, 'category'), label) : this.categories.idFor(cell(row, 'category'))
    const dates = rowDates(row)
    const result = eventProblems(rowEvent(row, { id, actors: actors.ids, source: source.value.id, category }, dates), refs)
    // A summary left empty is the title, so its problems are the title's and already reported.
    const problems = result.problems.filter((p) => cell(row, 'summary') || !p.path.startsWith('$.summary'))
    if (!result.event) return problems.map((p) => ({ path: at(p.path), message: p.message }))
    if (this.keptEventIds.has(id)) return [{ path: at('$.id'), message: `Duplicate event id "${id}"; the first row is kept` }]
    this.keptEventIds.add(id)
    this.eventIds.add(id)
    this.events.push(result.event)
    for (const added of actors.added) this.actors.set(added.id, added)
    this.sources.set(sourceKey(source.value), source.value)
    this.sourceIds.add(source.value.id)
    return dates.warnings.map((w) => ({ path: `row ${rowNumber}, column "${w.column}"`, message: w.message }))
  }

  result() {
    return {
      categories: this.categories.definitions(this.events),
      actors: [...this.actors.values()],
      sources: [...this.sources.values()],
      events: this.events,
    }
  }

  private rowSource(row: CsvRow): { ok: true; value: Source } | { ok: false; problems: Problem[] } {
    const draft = rowSource(row, '')
    if (!draft) return { ok: false, problems: [{ path: '$.title', message: 'Every event needs a source: fill source_title, source_publisher and source_date' }] }
    const known = this.sources.get(sourceKey({ url: draft.url, publisher: draft.publisher ?? '', title: draft.title ?? '' }))
    if (known) return { ok: true, value: known }
    const id = this.sourceIds.candidate(slugify(`${draft.publisher ?? ''} ${draft.title ?? ''}`, 80), 'source')
    const parsed = parseChecked(acceptSource, sourceSchema, { ...draft, id }, PARSE_OPTIONS)
    if (!parsed.success) return { ok: false, problems: parsed.error.issues.map((i) => ({ path: `$.${String(i.path[0] ?? '')}`, message: i.message })) }
    return { ok: true, value: parsed.data }
  }

  /**
   * Each distinct name (by normaliseText) gets one id the first time it is seen: the slug of the name, or
   * with "-2", "-3"… when another name has that slug ("Smith; John" and "Smith, John" are two actors).
   * The id stays the name's even if that row is left out, so ids do not depend on which rows fail.
   */
  private rowActors(row: CsvRow): { ok: true; ids: string[]; added: Actor[] } | { ok: false; message: string } {
    const ids = new Set<string>()
    const added = new Map<string, Actor>()
    for (const name of splitList(cell(row, 'actors'))) {
      const key = normaliseText(name)
      let id = this.actorIdByName.get(key)
      if (id === undefined) {
        // Names with no Latin letters have an empty slug: they get "actor", "actor-2"…
        id = this.actorIds.take(slugify(name), 'actor')
        this.actorIdByName.set(key, id)
      }
      if (!this.actors.has(id) && !added.has(id)) {
        const parsed = parseChecked(acceptActor, actorSchema, { id, name, role: '—' })
        if (!parsed.success) return { ok: false, message: `Actor "${name.slice(0, 40)}": ${parsed.error.issues[0]?.message ?? 'invalid'}` }
        added.set(id, parsed.data)
      }
      ids.add(id)
    }
    return { ok: true, ids: [...ids], added: [...added.values()] }
  }
}
