import { z } from 'zod'
import { category, countryCode, isoDate, slug } from '../dataset/schema'
import { DEFAULT_VIEW, LANE_GROUPINGS, VIEW_MODES, type TimeWindow, type ViewState } from './view-state'

/**
 * The whole view lives in the URL query so a link reproduces it.
 *
 *   c=FR,GB  a=keir-starmer  k=leak,summit  q=signal  from=2025-03-01  to=2025-03-31
 *   lanes=country  view=list  e=paris-summit  t=2025-03-20T00:00:00Z~2025-03-30T12:00:00.250Z
 *
 * Canonical: keys in VIEW_KEYS order, lists sorted (by code unit) and de-duplicated, defaults
 * omitted, so equal views give equal strings and the default view gives ''.
 * Window bounds are exact UTC milliseconds written as ISO instants; the ".mmm" part appears only
 * when non-zero, so whole-second windows stay short and parse(serialise(s)) is exact for any
 * integer milliseconds.
 */
export const VIEW_KEYS = ['c', 'a', 'k', 'q', 'from', 'to', 'lanes', 'view', 'e', 't'] as const
type ViewKey = (typeof VIEW_KEYS)[number]

/** Keys owned by other features (?data=<url>, ?embed): kept in links, never part of ViewState. */
export const PASSTHROUGH_KEYS = ['data', 'embed'] as const

/** Caps that keep a hostile or mangled link from costing much. Query length is in code points. */
export const MAX_QUERY_LENGTH = 500
export const MAX_LIST_ENTRIES = 500
const MAX_NOTES = 50
const MAX_QUOTED = 60

const laneGrouping = z.enum(LANE_GROUPINGS)
const viewMode = z.enum(VIEW_MODES)
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/

/** A real UTC instant; the round trip through Date rejects "2025-02-30T..." and "T25:00:00". */
const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/)
  .refine((value) => {
    const ms = Date.parse(value)
    return Number.isFinite(ms) && new Date(ms).toISOString().startsWith(value.slice(0, 19))
  })
  .transform((value) => Date.parse(value))

const MIN_INSTANT = Date.UTC(1000, 0, 1)
const MAX_INSTANT = Date.UTC(3001, 0, 1) - 1
const MAX_SPAN = 200 * 365.2425 * 24 * 60 * 60 * 1000

/** Sorts lists and drops duplicates: the form parseView returns and serialiseView writes. */
export function canonicalView(state: ViewState): ViewState {
  const f = state.filters
  return {
    ...state,
    filters: {
      ...f,
      countries: sortedUnique(f.countries),
      actors: sortedUnique(f.actors),
      categories: sortedUnique(f.categories),
    },
  }
}

/**
 * The query string for a view, without '?'. Trusts its input: invalid values are written as
 * they are and parseView will drop them. A window whose bounds are not valid dates is omitted.
 */
export function serialiseView(state: ViewState): string {
  const { filters: f, lanes, view, selected, window } = canonicalView(state)
  const params = new URLSearchParams()
  const put = (key: ViewKey, value: string) => {
    if (value !== '') params.append(key, value)
  }
  put('c', f.countries.join(','))
  put('a', f.actors.join(','))
  put('k', f.categories.join(','))
  put('q', f.query)
  put('from', f.from ?? '')
  put('to', f.to ?? '')
  if (lanes !== DEFAULT_VIEW.lanes) put('lanes', lanes)
  if (view !== DEFAULT_VIEW.view) put('view', view)
  put('e', selected ?? '')
  put('t', window ? formatWindow(window) : '')
  // URLSearchParams escapes , : ~ although they are legal in a query. Un-escaping them is safe:
  // a literal '%' is always written as %25, so every "%2C" here is a real escape of ','.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7E/g, '~')
}

/**
 * Reads a view from a query string (with or without '?'). Never throws: what is invalid is
 * dropped and described in `ignored`. Ids are only checked for shape; see dropUnknownIds.
 */
export function parseView(search: string): { state: ViewState; ignored: string[] } {
  const notes: string[] = []
  const raw = firstValues(search, notes)

  let from = parseDate(raw.get('from'), 'from', notes)
  let to = parseDate(raw.get('to'), 'to', notes)
  if (from !== null && to !== null && from > to) {
    notes.push(`"from" ${from} is after "to" ${to}; both were ignored`)
    from = null
    to = null
  }

  const state: ViewState = {
    filters: {
      countries: parseList(raw.get('c'), 'c', countryCode, (v) => `country ${v} is not a two-letter code`, notes),
      actors: parseList(raw.get('a'), 'a', slug, (v) => `actor ${v} is not a valid id`, notes),
      categories: parseList(raw.get('k'), 'k', category, (v) => `category ${v} is unknown`, notes),
      query: parseQuery(raw.get('q'), notes),
      from,
      to,
    },
    lanes: parseChoice(raw.get('lanes'), 'lanes', laneGrouping, LANE_GROUPINGS, notes) ?? DEFAULT_VIEW.lanes,
    view: parseChoice(raw.get('view'), 'view', viewMode, VIEW_MODES, notes) ?? DEFAULT_VIEW.view,
    selected: parseSelected(raw.get('e'), notes),
    window: parseWindow(raw.get('t'), notes),
  }
  return { state, ignored: capNotes(notes) }
}

export type KnownIds = {
  countries: ReadonlySet<string>
  actors: ReadonlySet<string>
  events: ReadonlySet<string>
}

/** Drops ids the dataset lacks (a link may predate or postdate it). Same state object if none. */
export function dropUnknownIds(state: ViewState, known: KnownIds): { state: ViewState; ignored: string[] } {
  const ignored: string[] = []
  const keep = (values: readonly string[], set: ReadonlySet<string>, what: string) =>
    values.filter((value) => {
      if (set.has(value)) return true
      ignored.push(`unknown ${what} ${quote(value)}`)
      return false
    })
  const countries = keep(state.filters.countries, known.countries, 'country')
  const actors = keep(state.filters.actors, known.actors, 'actor')
  const selected = state.selected === null ? null : (keep([state.selected], known.events, 'event')[0] ?? null)
  if (ignored.length === 0) return { state, ignored }
  return { state: { ...state, filters: { ...state.filters, countries, actors }, selected }, ignored }
}

/**
 * An absolute URL for the view: the query of baseHref is replaced, except PASSTHROUGH_KEYS
 * (first value each), which come first. Path and hash are kept. Throws if baseHref is not absolute.
 */
export function viewUrl(baseHref: string, state: ViewState): string {
  const url = new URL(baseHref)
  const kept = new URLSearchParams()
  for (const key of PASSTHROUGH_KEYS) {
    const value = url.searchParams.get(key)
    if (value !== null) kept.append(key, value)
  }
  const search = [kept.toString(), serialiseView(state)].filter((part) => part !== '').join('&')
  url.search = search === '' ? '' : `?${search}`
  // The query is the whole view; a fragment means nothing here, and a huge one would be copied into
  // every history write and share link.
  url.hash = ''
  return url.href
}

/** First value of each view key; notes unknown and repeated keys once each. */
function firstValues(search: string, notes: string[]): Map<ViewKey, string> {
  const values = new Map<ViewKey, string>()
  const noted = new Set<string>()
  const noteOnce = (key: string, note: string) => {
    if (noted.has(key)) return
    noted.add(key)
    notes.push(note)
  }
  // URLSearchParams strips one leading '?' and turns bad percent-encoding into U+FFFD, never throwing.
  for (const [key, value] of new URLSearchParams(search)) {
    if (isOneOf(key, PASSTHROUGH_KEYS)) continue
    if (!isOneOf(key, VIEW_KEYS)) noteOnce(key, `unknown parameter ${quote(key)}`)
    else if (values.has(key)) noteOnce(key, `parameter "${key}" is repeated; only the first is used`)
    else values.set(key, value)
  }
  return values
}

function parseList<T extends string>(
  raw: string | undefined,
  key: ViewKey,
  schema: z.ZodType<T>,
  problem: (quoted: string) => string,
  notes: string[],
): T[] {
  if (raw === undefined || raw === '') return []
  // The limit keeps split() from building a huge array out of a huge value.
  const entries = raw.split(',', MAX_LIST_ENTRIES + 1)
  if (entries.length > MAX_LIST_ENTRIES) {
    notes.push(`"${key}" has more than ${MAX_LIST_ENTRIES} entries; all were ignored`)
    return []
  }
  const kept: T[] = []
  for (const entry of entries) {
    if (entry === '') continue // stray commas are harmless
    const result = schema.safeParse(entry)
    if (result.success) kept.push(result.data)
    else notes.push(problem(quote(entry)))
  }
  return sortedUnique(kept)
}

function parseDate(raw: string | undefined, key: 'from' | 'to', notes: string[]): string | null {
  if (raw === undefined || raw === '') return null
  if (isoDate.safeParse(raw).success) return raw
  const problem = DATE_SHAPE.test(raw) ? 'is not a real date' : 'is not YYYY-MM-DD'
  notes.push(`date ${quote(raw)} in "${key}" ${problem}`)
  return null
}

/** Free text needs no schema; it is only capped. */
function parseQuery(raw: string | undefined, notes: string[]): string {
  if (raw === undefined) return ''
  const cut = takeCodePoints(raw, MAX_QUERY_LENGTH)
  if (cut.length < raw.length) notes.push(`search text is longer than ${MAX_QUERY_LENGTH} characters; it was cut short`)
  return cut
}

function parseChoice<T extends string>(
  raw: string | undefined,
  key: ViewKey,
  schema: z.ZodType<T>,
  options: readonly T[],
  notes: string[],
): T | undefined {
  if (raw === undefined || raw === '') return undefined
  const result = schema.safeParse(raw)
  if (result.success) return result.data
  notes.push(`${key} ${quote(raw)} is not one of ${options.join(', ')}`)
  return undefined
}

function parseSelected(raw: string | undefined, notes: string[]): string | null {
  if (raw === undefined || raw === '') return null
  const result = slug.safeParse(raw)
  if (result.success) return result.data
  notes.push(`event ${quote(raw)} is not a valid id`)
  return null
}

function parseWindow(raw: string | undefined, notes: string[]): TimeWindow | null {
  if (raw === undefined || raw === '') return null
  const parts = raw.split('~', 3)
  const start = instant.safeParse(parts[0])
  const end = instant.safeParse(parts[1])
  if (parts.length !== 2 || !start.success || !end.success) {
    notes.push(`window ${quote(raw)} is malformed`)
    return null
  }
  const window = { start: start.data, end: end.data }
  const problem = windowProblem(window)
  if (problem === null) return window
  notes.push(`window is absurd (${problem})`)
  return null
}

function windowProblem({ start, end }: TimeWindow): string | null {
  if (end <= start) return 'end not after start'
  if (start < MIN_INSTANT || end > MAX_INSTANT) return 'outside years 1000–3000'
  if (end - start > MAX_SPAN) return 'longer than 200 years'
  return null
}

function formatWindow({ start, end }: TimeWindow): string {
  const a = formatInstant(start)
  const b = formatInstant(end)
  return a === null || b === null ? '' : `${a}~${b}`
}

function formatInstant(ms: number): string | null {
  const date = new Date(ms)
  if (Number.isNaN(date.getTime())) return null // toISOString would throw
  return date.toISOString().replace('.000Z', 'Z')
}

function sortedUnique<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort()
}

function isOneOf<T extends string>(value: string, options: readonly T[]): value is T {
  return (options as readonly string[]).includes(value)
}

/** Cuts by code points so a surrogate pair is never split. */
function takeCodePoints(value: string, max: number): string {
  if (value.length <= max) return value
  let end = 0
  let count = 0
  for (const char of value) {
    if (count === max) break
    end += char.length
    count++
  }
  return value.slice(0, end)
}

/** Quoted for a note: JSON escapes control characters, and long values are clipped. */
function quote(value: string): string {
  const cut = takeCodePoints(value, MAX_QUOTED)
  return JSON.stringify(cut.length < value.length ? `${cut}…` : cut)
}

/** A garbage link must not bury the reader in notes. */
function capNotes(notes: string[]): string[] {
  if (notes.length <= MAX_NOTES) return notes
  return [...notes.slice(0, MAX_NOTES), `…and ${notes.length - MAX_NOTES} more problems`]
}
