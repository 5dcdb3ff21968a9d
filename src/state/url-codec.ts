import type { IdLookup, KnownIds } from '../domain/dataset-index'
import { quote, valueAt, buildState, type HistoryKind, type ParamEntry } from './param-kinds'
import { crossCheck, LINK_MIGRATIONS, VIEW_ENTRIES, type LinkMigration, type ViewState } from './view-state'

/**
 * The view as a URL query, read from and written by loops over VIEW_PARAMS (view-state.ts).
 *
 * Canonical: keys in VIEW_PARAMS order, lists sorted (by code unit) and de-duplicated, defaults
 * omitted, so equal views give equal strings and the default view gives ''.
 */
export const VIEW_KEYS = VIEW_ENTRIES.map((entry) => entry.param.key)

/** Keys owned by other features (?data=<url>, ?embed): kept in links, never part of ViewState. */
export const PASSTHROUGH_KEYS = ['data', 'embed'] as const

export const MAX_NOTES = 50

const at = (state: ViewState, entry: ParamEntry) => valueAt(state, entry.path)

/** Sorts lists and drops duplicates: the form parseView returns and serialiseView writes. */
export function canonicalView(state: ViewState): ViewState {
  return buildState(VIEW_ENTRIES, (entry) => entry.param.canonical(at(state, entry)))
}

/**
 * The query string for a view, without '?'. Trusts its input: invalid values are written as
 * they are and parseView will drop them.
 */
export function serialiseView(state: ViewState): string {
  const params = new URLSearchParams()
  for (const entry of VIEW_ENTRIES) {
    const { param } = entry
    const value = param.canonical(at(state, entry))
    if (param.equal(value, param.defaultValue)) continue
    const written = param.serialise(value)
    if (written !== '') params.append(param.key, written)
  }
  // URLSearchParams escapes , : ~ although they are legal in a query. Un-escaping them is safe:
  // a literal '%' is always written as %25, so every "%2C" here is a real escape of ','.
  return params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%7E/g, '~')
}

/**
 * Reads a view from a query string (with or without '?'). Never throws: what is invalid is
 * dropped and described in `ignored`. Ids are only checked for shape; see dropUnknownIds.
 */
export function parseView(
  search: string,
  migrations: readonly LinkMigration[] = LINK_MIGRATIONS,
): { state: ViewState; ignored: string[] } {
  const notes: string[] = []
  // URLSearchParams strips one leading '?' and turns bad percent-encoding into U+FFFD, never throwing.
  const params = new URLSearchParams(search)
  for (const migrate of migrations) {
    const note = migrate(params)
    if (note !== null) notes.push(note)
  }
  const raw = firstValues(params, notes)
  const parsed = buildState<ViewState>(VIEW_ENTRIES, ({ param }) => {
    const value = raw.get(param.key)
    return value === undefined || value === '' ? param.defaultValue : param.parse(value, notes)
  })
  const state = crossCheck(parsed, notes)
  return { state, ignored: capNotes(notes) }
}

/**
 * How a change from one view to the next enters history: `push` if any pushing parameter changed,
 * else `typing`, else `throttled`; null when nothing a link carries changed.
 */
export function historyKind(prev: ViewState, next: ViewState): HistoryKind | null {
  const kinds = new Set<HistoryKind>()
  for (const entry of VIEW_ENTRIES) {
    if (!entry.param.equal(at(prev, entry), at(next, entry))) kinds.add(entry.param.history)
  }
  for (const kind of ['push', 'typing', 'throttled'] as const) if (kinds.has(kind)) return kind
  return null
}

/** Drops ids the dataset lacks (a link may predate or postdate it). Same state object if none. */
export function dropUnknownIds(state: ViewState, known: KnownIds): { state: ViewState; ignored: string[] } {
  const ignored: string[] = []
  const keep = (values: readonly string[], set: IdLookup, what: string) =>
    values.filter((value) => {
      if (set.has(value)) return true
      ignored.push(`unknown ${what} ${quote(value)}`)
      return false
    })
  const countries = keep(state.filters.countries, known.countries, 'country')
  const actors = keep(state.filters.actors, known.actors, 'actor')
  const categories = keep(state.filters.categories, known.categories, 'category')
  const selected = state.selected === null ? null : (keep([state.selected], known.events, 'event')[0] ?? null)
  if (ignored.length === 0) return { state, ignored }
  return { state: { ...state, filters: { ...state.filters, countries, actors, categories }, selected }, ignored }
}

/**
 * An absolute URL for the view: the query of baseHref is replaced, except PASSTHROUGH_KEYS
 * (first value each), which come first. Path is kept. Throws if baseHref is not absolute.
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

const VIEW_KEY_SET = new Set(VIEW_KEYS)
const PASSTHROUGH_KEY_SET = new Set<string>(PASSTHROUGH_KEYS)

/** First value of each view key; notes unknown and repeated keys once each. */
function firstValues(params: URLSearchParams, notes: string[]): Map<string, string> {
  const values = new Map<string, string>()
  const noted = new Set<string>()
  const noteOnce = (key: string, note: string) => {
    if (noted.has(key)) return
    noted.add(key)
    notes.push(note)
  }
  for (const [key, value] of params) {
    if (PASSTHROUGH_KEY_SET.has(key)) continue
    if (!VIEW_KEY_SET.has(key)) noteOnce(key, `unknown parameter ${quote(key)}`)
    else if (values.has(key)) noteOnce(key, `parameter "${key}" is repeated; only the first is used`)
    else values.set(key, value)
  }
  return values
}

/** A garbage link must not bury the reader in notes. */
function capNotes(notes: string[]): string[] {
  if (notes.length <= MAX_NOTES) return notes
  return [...notes.slice(0, MAX_NOTES), `…and ${notes.length - MAX_NOTES} more problems`]
}
