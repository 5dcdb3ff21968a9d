import { z } from 'zod'
import { countryCode, isoDate, slug } from '../dataset/schema'
import { MAX_STORY_STEPS } from '../dataset/story-schema'
import type { Filters } from '../domain/filters'
import { mapParam } from './map-param'
import { buildState, choiceParam, countParam, listParam, optionalParam, paramEntries, quote, textParam, type Param, type ValueOf } from './param-kinds'

/**
 * The view contract: one entry per URL parameter, in the order links write them. ViewState, the
 * default view, parsing, serialising, canonical form and history behaviour are all read from here;
 * the README's URL table documents the same keys.
 *
 *   c=FR,GB  a=keir-starmer  k=leak,summit  q=signal  from=2025-03-01  to=2025-03-31
 *   lanes=country  view=list  e=paris-summit  t=2025-03-20T00:00:00Z~2025-03-30T12:00:00.250Z
 *   m=48.9,2.4,5  outside=dim  story=how-it-began  step=3
 */

export const LANE_GROUPINGS = ['category', 'country', 'actor'] as const
export type LaneGrouping = (typeof LANE_GROUPINGS)[number]

export const VIEW_MODES = ['timeline', 'list', 'map'] as const
export type ViewMode = (typeof VIEW_MODES)[number]

/** What the map does with events outside the timeline's window: hides them, or shows them faint. */
export const OUTSIDE_WINDOW = ['hide', 'dim'] as const
export type OutsideWindow = (typeof OUTSIDE_WINDOW)[number]

/** The visible time window, in UTC milliseconds. */
export type TimeWindow = { start: number; end: number }

/** Windows a link may ask for; anything else is absurd, however it is spelled. */
export const WINDOW_LIMITS = {
  minInstant: Date.UTC(1000, 0, 1),
  maxInstant: Date.UTC(3001, 0, 1) - 1,
} as const

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/

function dateParam(key: 'from' | 'to'): Param<string | null> {
  return optionalParam(key, isoDate, (quoted, raw) => `date ${quoted} in "${key}" ${DATE_SHAPE.test(raw) ? 'is not a real date' : 'is not YYYY-MM-DD'}`)
}

export const VIEW_PARAMS = {
  filters: {
    countries: listParam('c', countryCode, (v) => `country ${v} is not a two-letter code`),
    actors: listParam('a', slug, (v) => `actor ${v} is not a valid id`),
    categories: listParam('k', slug, (v) => `category ${v} is not a valid id`),
    query: textParam('q', 'search text'),
    from: dateParam('from'),
    to: dateParam('to'),
  },
  lanes: choiceParam('lanes', LANE_GROUPINGS, 'category'),
  view: choiceParam('view', VIEW_MODES, 'timeline'),
  selected: optionalParam('e', slug, (quoted) => `event ${quoted} is not a valid id`),
  window: windowParam('t'),
  map: mapParam('m'),
  outside: choiceParam('outside', OUTSIDE_WINDOW, 'hide'),
  /** The story being read, and its step (from 1). Entering a step applies its view as well: see story-view.ts. */
  story: optionalParam('story', slug, (quoted) => `story ${quoted} is not a valid id`),
  step: countParam('step', MAX_STORY_STEPS, 'step'),
}

/** Everything that makes a view: what a shared link must reproduce. */
export type ViewState = ValueOf<typeof VIEW_PARAMS>

/** The parameters in link order, with where each sits in ViewState. */
export const VIEW_ENTRIES = paramEntries(VIEW_PARAMS)

export const DEFAULT_VIEW: ViewState = buildState(VIEW_ENTRIES, ({ param }) => param.defaultValue)

/** The filter group is the domain's Filters, exactly: a compile error here means they drifted. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false
export const FILTERS_MATCH_DOMAIN: Same<ViewState['filters'], Filters> = true

/** Rules across parameters, applied after each one is parsed on its own. */
export function crossCheck(state: ViewState, notes: string[]): ViewState {
  const checked = checkStep(state, notes)
  const { from, to } = checked.filters
  if (from === null || to === null || from <= to) return checked
  notes.push(`"from" ${from} is after "to" ${to}; both were ignored`)
  return { ...checked, filters: { ...checked.filters, from: null, to: null } }
}

/** A story opens at its first step unless the link says which; a step means nothing without a story. */
function checkStep(state: ViewState, notes: string[]): ViewState {
  if (state.story !== null) return state.step === null ? { ...state, step: 1 } : state
  if (state.step === null) return state
  notes.push(`"step" ${state.step} names no story; it was ignored`)
  return { ...state, step: null }
}

/**
 * Renamed or retired keys, rewritten before parsing so that old links keep working. Each returns a
 * note when it changed something. None yet: the first rename adds its entry here, with a test.
 */
export type LinkMigration = (params: URLSearchParams) => string | null
export const LINK_MIGRATIONS: readonly LinkMigration[] = []

/** A real UTC instant; the round trip through Date rejects "2025-02-30T..." and "T25:00:00". */
const instant = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?Z$/)
  .refine((value) => {
    const ms = Date.parse(value)
    return Number.isFinite(ms) && new Date(ms).toISOString().startsWith(value.slice(0, 19))
  })
  .transform((value) => Date.parse(value))

/**
 * Window bounds are exact UTC milliseconds written as ISO instants; the ".mmm" part appears only when
 * non-zero, so whole-second windows stay short and parse(serialise(w)) is exact for any integer ms.
 */
function windowParam(key: string): Param<TimeWindow | null> {
  return {
    key,
    defaultValue: null,
    history: 'throttled',
    canonical: (value) => value,
    equal: (a, b) => a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end),
    serialise(window) {
      if (window === null) return ''
      const a = formatInstant(window.start)
      const b = formatInstant(window.end)
      // A window whose bounds are not valid dates is omitted.
      return a === null || b === null ? '' : `${a}~${b}`
    },
    parse(raw, notes) {
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
    },
  }
}

function windowProblem({ start, end }: TimeWindow): string | null {
  if (end <= start) return 'end not after start'
  if (start < WINDOW_LIMITS.minInstant || end > WINDOW_LIMITS.maxInstant) return 'outside years 1000–3000'
  return null
}

function formatInstant(ms: number): string | null {
  const date = new Date(ms)
  if (Number.isNaN(date.getTime())) return null // toISOString would throw
  return date.toISOString().replace('.000Z', 'Z')
}
