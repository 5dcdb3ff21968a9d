/**
 * TimelineJS3 JSON import ({ title?, events: [slide…] }). Mapping onto the model:
 * - start_date/end_date/display_date: see mapTimelineDates (year, month, day or minute precision; spans
 *   known only to the month or year are drawn over their whole periods, with a date note).
 * - text.headline -> title (without one, the start of the text), text.text -> summary (HTML reduced to
 *   plain text; an empty text repeats the title).
 * - eras -> the dataset's eras (whole days); one that cannot be read is left out and listed.
 * - group -> category (category-pool.ts): a default one when it names one (`Summits` too), else its own; none -> "Ungrouped".
 * - media.url (or media.link) -> the source's link, never fetched; media.credit (or the host of the URL) -> a source dated like its event, since TimelineJS has
 *   no publication date; a slide with neither cites the file itself. Non-http(s) URLs are dropped.
 * - unique_id -> id (slugged, made unique); countries and actors -> none, as TimelineJS has neither.
 * Problems carry JSON paths into the TimelineJS file, e.g. `$.events[3].start_date`.
 */
import { acceptSource } from '../accept-parts.generated.js'
import { parseChecked } from '../parse-checked'
import { DatasetError, type Problem } from '../problems'
import { era as eraSchema, FORMAT_VERSION, source as sourceSchema, type Dataset, type DatasetMeta, type Era, type Source, type TimelineEvent } from '../schema'
import { issueProblems } from '../validate'
import { mapEraDates } from './timelinejs-dates'
import { PARSE_OPTIONS } from './zod-problems'
import { CategoryPool } from './category-pool'
import type { Imported } from './from-app-json'
import { htmlToText } from './html-to-text'
import { eventProblems, rowRefs } from './keep-valid-events'
import { slugify, SlugPool } from './slugify'
import { sourceKey } from './source-key'
import { readSlide, type SourceDraft } from './timelinejs-event'
import { isRecord } from './zod-problems'

// A Map: the field comes from a problem path, which can name any key a file has.
const FIELD_PATHS = new Map(Object.entries({
  id: 'unique_id', title: 'text.headline', summary: 'text.text', start: 'start_date', end: 'end_date',
  precision: 'start_date', dateNote: 'display_date', category: 'group', sources: 'media',
}))

/** The category of slides without a group: TimelineJS draws them on one shared row. */
const UNGROUPED = 'Ungrouped'

function locate(at: string, relative: string): string {
  const mapped = FIELD_PATHS.get(/^\$\.(\w+)/.exec(relative)?.[1] ?? '')
  return mapped ? `${at}.${mapped}` : at
}

/** The timeline's own title slide (or plain string title), as plain text. */
export function timelineTitle(raw: Record<string, unknown>): { headline: string; text: string } {
  if (typeof raw.title === 'string') return { headline: htmlToText(raw.title), text: '' }
  const body = isRecord(raw.title) && isRecord(raw.title.text) ? raw.title.text : {}
  const read = (v: unknown) => (typeof v === 'string' ? htmlToText(v) : '')
  return { headline: read(body.headline), text: read(body.text) }
}

/** TimelineJS eras ({ start_date, end_date, text.headline }) as background bands; unusable ones are listed. */
export function readEras(raw: unknown): { eras: Era[]; problems: Problem[] } {
  if (raw === undefined) return { eras: [], problems: [] }
  if (!Array.isArray(raw)) return { eras: [], problems: [{ path: '$.eras', message: 'Expected a list of eras; none are kept' }] }
  const eras: Era[] = []
  const problems: Problem[] = []
  raw.forEach((item, i) => {
    const at = `$.eras[${i}]`
    const record = isRecord(item) ? item : {}
    const dates = mapEraDates(record.start_date, record.end_date)
    if (!dates.ok) return void problems.push({ path: `${at}.${dates.field}`, message: `${dates.message}; this era is left out` })
    const body = isRecord(record.text) ? record.text : {}
    const title = typeof body.headline === 'string' ? htmlToText(body.headline) : ''
    const parsed = eraSchema.safeParse({ title: title || undefined, start: dates.start, end: dates.end }, PARSE_OPTIONS)
    if (!parsed.success) {
      const located = issueProblems(parsed.error).map((p) => ({ path: `${at}${p.path.startsWith('$.title') ? '.text.headline' : ''}`, message: `${p.message}; this era is left out` }))
      return void problems.push(...located)
    }
    if (parsed.data.end < parsed.data.start) return void problems.push({ path: `${at}.end_date`, message: `Ends before it starts; this era is left out` })
    eras.push(parsed.data)
  })
  return { eras, problems }
}

export function fromTimelineJs(raw: unknown, meta: DatasetMeta, fileSource: Source): Imported {
  if (!isRecord(raw) || !Array.isArray(raw.events)) {
    throw new DatasetError('This file is not a TimelineJS timeline: it has no list of events', [{ path: '$.events', message: 'Expected a list' }])
  }
  const sources = new Map<string, Source>()
  const events: TimelineEvent[] = []
  const problems: Problem[] = []
  const eventIds = new SlugPool()
  const categories = new CategoryPool()
  const sourceIds = new SlugPool([fileSource.id])
  const sourceFor = (draft: SourceDraft | undefined, date: string): Source => {
    if (!draft) return fileSource
    const known = sources.get(sourceKey(draft))
    if (known) return known
    const note = 'TimelineJS gives no publication date; this is the date of the first event citing it.'
    const id = sourceIds.candidate(slugify(`${draft.publisher} ${draft.title}`, 80), 'source')
    const parsed = parseChecked(acceptSource, sourceSchema, { id, ...draft, date, note })
    return parsed.success ? parsed.data : fileSource
  }
  raw.events.forEach((slide, i) => {
    const at = `$.events[${i}]`
    const read = readSlide(slide, at)
    if (!read.ok) return void problems.push(...read.problems)
    const base = slugify(read.uniqueId) || slugify(`${read.fields.title ?? ''} ${read.fields.start}`)
    const id = eventIds.candidate(base, 'event')
    const source = sourceFor(read.source, read.fields.start)
    const refs = rowRefs(source, { hasActor: () => false, hasSource: (sourceId) => sourceIds.has(sourceId) })
    const category = categories.idFor(read.group || UNGROUPED)
    const result = eventProblems({ ...read.fields, id, category, sources: [{ source: source.id }] }, refs)
    const own = result.problems.filter((p) => !(read.summaryFromTitle && p.path.startsWith('$.summary')))
    problems.push(...read.warnings, ...own.map((p) => ({ path: locate(at, p.path), message: p.message })))
    if (!result.event) return
    eventIds.add(id)
    events.push(result.event)
    if (source !== fileSource) {
      sources.set(sourceKey(source), source)
      sourceIds.add(source.id)
    }
  })
  const eras = readEras(raw.eras)
  problems.push(...eras.problems)
  const usesFile = events.some((e) => e.sources.some((c) => c.source === fileSource.id))
  const dataset: Dataset = {
    formatVersion: FORMAT_VERSION,
    meta,
    categories: categories.definitions(events),
    eras: eras.eras,
    actors: [],
    sources: [...(usesFile ? [fileSource] : []), ...sources.values()],
    events,
  }
  return { dataset, problems }
}
