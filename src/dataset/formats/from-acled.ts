/**
 * ACLED CSV exports (acled-columns.ts lists the 31 columns, where they were read, and what each becomes).
 * One row is one event, citing one source: the ACLED record itself ("ACLED event UKR12345"), whose note
 * names the publishers ACLED coded it from. Rows are read once, in order, so the work is linear in rows.
 * Problems name the spreadsheet row (the header is row 1) and the ACLED column.
 */
import { acceptActor, acceptSource } from '../accept-parts.generated.js'
import { parseChecked } from '../parse-checked'
import { clipText, DatasetError, type Problem } from '../problems'
import { actor as actorSchema, FORMAT_VERSION, isoDate, source as sourceSchema, type Actor, type DatasetMeta, type Place, type Source, type TimelineEvent } from '../schema'
import { ACLED_COLUMN_NAMES, ACLED_REQUIRED, type AcledColumn, type AcledRow } from './acled-columns'
import { acledCell as cell, acledDates, acledTimestampDay, actorList, actorType } from './acled-row'
import { CategoryPool } from './category-pool'
import { countryCode } from './country-codes'
import type { Imported } from './from-app-json'
import { columnIndex, hasExtraCells, isBlankRow, PROGRESS_ROWS, readRows, SEPARATOR_NAMES } from './from-csv'
import { eventProblems, rowRefs } from './keep-valid-events'
import { normaliseText } from '../normalise-text'
import { slugify, SlugPool } from './slugify'

// A Map: the field comes from a problem path, which can name any key.
const FIELD_COLUMNS = new Map<string, AcledColumn>(Object.entries({
  id: 'event_id_cnty', title: 'sub_event_type', summary: 'notes', start: 'event_date', precision: 'time_precision',
  dateNote: 'time_precision', category: 'event_type', subcategory: 'sub_event_type', countries: 'country', actors: 'actor1',
  location: 'location', place: 'latitude', fatalities: 'fatalities', sources: 'source',
}) as [string, AcledColumn][])

const at = (row: number, column?: AcledColumn) => (column ? `row ${row}, column "${column}"` : `row ${row}`)
const fieldAt = (row: number, path: string) => at(row, FIELD_COLUMNS.get(/^\$\.(\w+)/.exec(path)?.[1] ?? ''))

const MAX_SUMMARY = 4000

/** ACLED's geo_precision (see acled-columns.ts): 1 and 2 are a town's point, 3 a region at best. */
function placeOf(row: AcledRow): Place | undefined {
  const coordinate = (v: string) => (v === '' ? NaN : Number(v))
  const [lat, lon] = [coordinate(cell(row, 'latitude')), coordinate(cell(row, 'longitude'))]
  if (!Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return undefined
  return { lat, lon, precision: cell(row, 'geo_precision') === '3' ? 'country' : 'city' }
}

/** Names each place once. Two places of one name get their admin2 added; a third point for it is dropped. */
class Places {
  private readonly points = new Map<string, string>()
  dropped = 0

  /** The row's location and place; `keep` records its point, once its event is kept. */
  label(row: AcledRow, place: Place | undefined): { location: string | undefined; place: Place | undefined; keep: () => void } {
    const [location, admin1, admin2] = [cell(row, 'location'), cell(row, 'admin1'), cell(row, 'admin2')]
    const none = () => {}
    if (!location) return { location: undefined, place: undefined, keep: none }
    const join = (...parts: string[]) => [...new Set(parts.filter(Boolean))].join(', ').slice(0, 300)
    if (!place) return { location: join(location, admin1), place, keep: none }
    const point = `${place.lat},${place.lon}`
    for (const label of [join(location, admin1), join(location, admin2, admin1)]) {
      const known = this.points.get(label)
      if (known === undefined || known === point) return { location: label, place, keep: () => void this.points.set(label, point) }
    }
    return { location: join(location, admin1), place: undefined, keep: () => void this.dropped++ }
  }
}

/** Actors by name (case- and accent-insensitive), each kept with the role it had in the first kept row. */
class Actors {
  private readonly ids = new SlugPool()
  private readonly idByName = new Map<string, string>()
  readonly kept = new Map<string, Actor>()

  /** The row's actors: ids, and the ones not kept yet. An actor whose name the schema refuses is a problem. */
  of(row: AcledRow): { ids: string[]; added: Actor[] } | { problem: string } {
    const named: [string, string][] = []
    for (const [main, inter, assoc] of [['actor1', 'inter1', 'assoc_actor_1'], ['actor2', 'inter2', 'assoc_actor_2']] as const) {
      const name = cell(row, main)
      if (name) named.push([name, actorType(cell(row, inter))])
      for (const other of actorList(cell(row, assoc))) named.push([other, name ? `Associated with ${name}` : 'Associated actor'])
    }
    const ids = new Set<string>()
    const added = new Map<string, Actor>()
    for (const [name, role] of named) {
      const key = normaliseText(name)
      let id = this.idByName.get(key)
      if (id === undefined) {
        id = this.ids.take(slugify(name), 'actor')
        this.idByName.set(key, id)
      }
      if (!this.kept.has(id) && !added.has(id)) {
        const parsed = parseChecked(acceptActor, actorSchema, { id, name, role: role.slice(0, 300) })
        if (!parsed.success) return { problem: `Actor "${name.slice(0, 40)}": ${parsed.error.issues[0]?.message ?? 'invalid'}` }
        added.set(id, parsed.data)
      }
      ids.add(id)
    }
    return { ids: [...ids], added: [...added.values()] }
  }
}

function rowSource(row: AcledRow, id: string, eventId: string, day: string): Source {
  const publishers = cell(row, 'source')
  const scale = cell(row, 'source_scale')
  const note = publishers ? `ACLED coded this event from: ${publishers}${scale ? ` (source scale: ${scale})` : ''}.` : 'ACLED names no source for this event.'
  return {
    id,
    publisher: 'ACLED (Armed Conflict Location & Event Data)',
    title: `ACLED event ${eventId}`.slice(0, 500),
    // A timestamp out of the years the schema takes is no date to cite: the event's own is used.
    date: [acledTimestampDay(cell(row, 'timestamp'))].find((d) => d !== undefined && isoDate.safeParse(d).success) ?? day,
    note: clipText(note, 1000),
  }
}

function checkHeader(fields: readonly string[]): Problem[] {
  const missing = ACLED_REQUIRED.filter((name) => !fields.includes(name))
  if (missing.length) {
    throw new DatasetError(`This ACLED export has no ${missing.map((m) => `"${m}"`).join(', ')} column${missing.length > 1 ? 's' : ''}`, [
      { path: 'row 1', message: clipText(`Expected ACLED's columns ${ACLED_COLUMN_NAMES.join(', ')}; found ${fields.join(', ')}`) },
    ])
  }
  const known = new Set<string>(ACLED_COLUMN_NAMES)
  return fields.filter((f) => !known.has(f)).map((f) => ({ path: `column "${clipText(f, 60)}"`, message: 'Not an ACLED column; ignored' }))
}

/** One problem per country name that has no ISO code, however many rows name it. */
class UnknownCountries {
  private readonly names = new Map<string, { rows: number; first: number }>()
  add(name: string, row: number) {
    const seen = this.names.get(name)
    if (seen) seen.rows++
    else this.names.set(name, { rows: 1, first: row })
  }
  problems(): Problem[] {
    return [...this.names].map(([name, { rows, first }]) => ({
      path: at(first, 'country'),
      message: `"${clipText(name, 60)}" has no ISO 3166 code known here; ${rows === 1 ? 'its event is' : `its ${rows} events are`} kept without a country`,
    }))
  }
}

export function fromAcled(text: string, meta: DatasetMeta, onRows?: (done: number, total: number) => void): Imported {
  const table = readRows(text)
  const problems = [...checkHeader(table.fields), ...table.repeatedColumns]
  const separatorName = SEPARATOR_NAMES.get(table.delimiter) ?? 'separator'
  const columns = columnIndex<AcledColumn>(table)
  const events: TimelineEvent[] = []
  const sources: Source[] = []
  const eventIds = new Set<string>()
  const sourceIds = new SlugPool()
  const categories = new CategoryPool()
  const actors = new Actors()
  const places = new Places()
  const countries = new UnknownCountries()

  table.rows.forEach((cells, index) => {
    if (onRows && index % PROGRESS_ROWS === 0) onRows(index, table.rows.length)
    const rowNumber = index + 2
    if (isBlankRow(table, cells)) return
    if (hasExtraCells(table, cells)) return void problems.push({ path: at(rowNumber), message: `More cells than columns; is a ${separatorName} missing its quotes?` })
    const row: AcledRow = { cells, at: columns }
    const rawId = cell(row, 'event_id_cnty')
    const id = slugify(rawId)
    if (!id) return void problems.push({ path: at(rowNumber, 'event_id_cnty'), message: rawId ? 'An event id needs letters or digits' : 'Required field is missing' })
    if (eventIds.has(id)) return void problems.push({ path: at(rowNumber, 'event_id_cnty'), message: `Duplicate event id "${rawId.slice(0, 40)}"; the first row is kept` })
    const dates = acledDates(row)
    if (!dates.ok) return void problems.push({ path: at(rowNumber, dates.column), message: dates.message })
    const rowActors = actors.of(row)
    if ('problem' in rowActors) return void problems.push({ path: at(rowNumber, 'actor1'), message: rowActors.problem })

    const country = cell(row, 'country')
    const code = country || cell(row, 'iso') ? countryCode(country, cell(row, 'iso')) : undefined
    const kind = cell(row, 'sub_event_type') || cell(row, 'event_type')
    const { location, place, keep: keepPlace } = places.label(row, placeOf(row))
    const title = `${kind}${cell(row, 'location') ? ` in ${cell(row, 'location')}` : ''}`.slice(0, 300)
    const notes = cell(row, 'notes')
    if (notes.length > MAX_SUMMARY) problems.push({ path: at(rowNumber, 'notes'), message: `Longer than ${MAX_SUMMARY} characters; cut short` })
    const fatalitiesText = cell(row, 'fatalities')
    const fatalities = fatalitiesText === '' ? undefined : Number(fatalitiesText)
    const sourceCheck = parseChecked(acceptSource, sourceSchema, rowSource(row, sourceIds.candidate(`acled-${id}`.slice(0, 120), 'source'), rawId, dates.start))
    if (!sourceCheck.success) return void problems.push({ path: at(rowNumber, 'source'), message: sourceCheck.error.issues[0]?.message ?? 'Not a source' })
    // What the schema made of it (trimmed, say), as the whole would be checked: not the draft.
    const source = sourceCheck.data
    const value = {
      id,
      title: title || undefined,
      summary: (notes ? `${notes.slice(0, MAX_SUMMARY - 1)}${notes.length > MAX_SUMMARY ? '…' : ''}` : title) || undefined,
      start: dates.start,
      precision: dates.precision,
      ...(dates.dateNote ? { dateNote: dates.dateNote } : {}),
      category: categories.idFor(cell(row, 'event_type')) ?? undefined,
      ...(cell(row, 'sub_event_type') ? { subcategory: cell(row, 'sub_event_type').slice(0, 200) } : {}),
      countries: code ? [code] : [],
      actors: rowActors.ids,
      ...(location ? { location } : {}),
      ...(place && location ? { place } : {}),
      sources: [{ source: source.id }],
      ...(fatalities === undefined ? {} : { fatalities }),
    }
    const addedIds = new Set(rowActors.added.map((a) => a.id))
    const refs = rowRefs(source, { hasActor: (actorId) => actors.kept.has(actorId) || addedIds.has(actorId), hasSource: (sourceId) => sourceIds.has(sourceId) })
    const result = eventProblems(value, refs)
    if (!result.event) return void problems.push(...result.problems.map((p) => ({ path: fieldAt(rowNumber, p.path), message: p.message })))
    if (country && !code) countries.add(country, rowNumber)
    keepPlace()
    eventIds.add(id)
    events.push(result.event)
    sources.push(source)
    sourceIds.add(source.id)
    for (const added of rowActors.added) actors.kept.set(added.id, added)
  })
  problems.push(...countries.problems())
  if (places.dropped) {
    problems.push({ path: 'column "latitude"', message: `${places.dropped} event${places.dropped > 1 ? 's name a place' : ' names a place'} already given other coordinates under the same name and admin areas; kept without coordinates` })
  }
  return {
    dataset: { formatVersion: FORMAT_VERSION, meta, categories: categories.definitions(events), eras: [], actors: [...actors.kept.values()], sources, events },
    problems,
  }
}
