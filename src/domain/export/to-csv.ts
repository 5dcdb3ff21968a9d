import Papa from 'papaparse'
import { CSV_COLUMN_NAMES, type CsvColumn } from '../../dataset/formats/csv-columns'
import { FORMULA_GUARDED, joinList } from '../../dataset/formats/csv-text'
import type { Actor, CategoryDefinition, Dataset, Source, TimelineEvent } from '../../dataset/schema'
import { stripBidiControls } from '../../dataset/bidi'

type Lookup = { actors: ReadonlyMap<string, Actor>; sources: ReadonlyMap<string, Source>; categories: ReadonlyMap<string, CategoryDefinition> }

function eventRow(event: TimelineEvent, lookup: Lookup): Record<CsvColumn, string> {
  // CSV holds one source per event: the first cited, usually the primary one.
  const source = lookup.sources.get(event.sources[0]?.source ?? '')
  const actorName = (id: string) => lookup.actors.get(id)?.name ?? id
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    // A moment known to the minute is written whole, offset and all, in start and end.
    start: event.start,
    end: event.end ?? '',
    time: '',
    end_time: '',
    precision: event.precision,
    date_note: event.dateNote ?? '',
    category: event.category,
    category_label: lookup.categories.get(event.category)?.label ?? '',
    subcategory: event.subcategory ?? '',
    countries: joinList(event.countries),
    actors: joinList(event.actors.map(actorName)),
    location: event.location ?? '',
    fatalities: event.fatalities === undefined ? '' : String(event.fatalities),
    source_title: source?.title ?? '',
    source_publisher: source?.publisher ?? '',
    source_url: source?.url ?? '',
    source_date: source?.date ?? '',
  }
}

/**
 * The events as CSV in the import format (CSV_COLUMNS), so the file opens again in the app. CSV keeps only
 * the first source of each event, the actors' names and each category's id and label; quotes, disputes,
 * paragraph numbers, places, actor roles, category colours and eras need the JSON export. A BOM makes Excel read it as UTF-8; the importer skips it. Names holding `;` or `"`
 * are quoted inside the list cell, and cells starting like a formula or with `'` get a `'` in front
 * (csv-text.ts), so that importing the file gives back exactly these fields; bidi controls are dropped.
 */
export function eventsToCsv(dataset: Dataset, events: readonly TimelineEvent[]): string {
  const lookup = {
    actors: new Map(dataset.actors.map((a) => [a.id, a])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    categories: new Map(dataset.categories.map((c) => [c.id, c])),
  }
  const data = events.map((event) => {
    const row = eventRow(event, lookup)
    return CSV_COLUMN_NAMES.map((column) => stripBidiControls(row[column]))
  })
  return `\uFEFF${Papa.unparse({ fields: [...CSV_COLUMN_NAMES], data }, { escapeFormulae: FORMULA_GUARDED, newline: '\r\n' })}\r\n`
}
