import { z } from 'zod'
import { escapeBidiControls } from '../dataset/bidi'

/**
 * How a change to a parameter enters history: a new entry (`push`), a rewrite of the current one at
 * most every few hundred ms (`throttled`, for pans and zooms), or one entry per burst (`typing`).
 */
export type HistoryKind = 'push' | 'typing' | 'throttled'

/**
 * One URL parameter: everything the codec, url-sync and share links need to know about it.
 * `parse` gets a non-empty raw value and returns the default (with a note) when it is invalid.
 * `serialise` may trust its input; values equal to the default are never written.
 */
export type Param<T> = {
  key: string
  defaultValue: T
  history: HistoryKind
  parse(raw: string, notes: string[]): T
  serialise(value: T): string
  equal(a: T, b: T): boolean
  /** The canonical form: sorted, de-duplicated. Identity when there is only one form. */
  canonical(value: T): T
}

/** Parameters, grouped as the state they fill is grouped (one level: `filters`). */
export type ParamTree = { readonly [field: string]: Param<unknown> | { readonly [field: string]: Param<unknown> } }

/** The state a tree of parameters describes. */
export type ValueOf<P> = { [K in keyof P]: P[K] extends Param<infer T> ? T : ValueOf<P[K]> }

/** A parameter with where its value sits in the state: `[field]` or `[group, field]`. */
export type ParamEntry = { path: readonly string[]; param: Param<unknown> }

const isParam = (node: unknown): node is Param<unknown> => typeof node === 'object' && node !== null && 'parse' in node

/** The tree's parameters in declaration order: the order links write them. */
export function paramEntries(tree: ParamTree): ParamEntry[] {
  return Object.entries(tree).flatMap(([field, node]) =>
    isParam(node) ? [{ path: [field], param: node }] : Object.entries(node).map(([inner, param]) => ({ path: [field, inner], param })),
  )
}

type Node = Record<string, unknown>

export function valueAt(state: object, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, field) => (node as Node)[field], state)
}

/** A state shaped like the tree, each value computed from its entry. */
export function buildState<S>(entries: readonly ParamEntry[], valueFor: (entry: ParamEntry) => unknown): S {
  const state: Node = {}
  for (const entry of entries) {
    const [field, inner] = entry.path as [string, string?]
    if (inner === undefined) state[field] = valueFor(entry)
    else ((state[field] ??= {}) as Node)[inner] = valueFor(entry)
  }
  return state as S
}

/** Caps that keep a hostile or mangled link from costing much. Query length is in code points. */
export const MAX_QUERY_LENGTH = 500
export const MAX_LIST_ENTRIES = 500
export const MAX_QUOTED = 60

const same = <T>(a: T, b: T) => a === b
const itself = <T>(value: T) => value

/** A list of ids, comma-separated, written sorted and unique. Bad entries are dropped one by one. */
export function listParam<T extends string>(
  key: string,
  schema: z.ZodType<T>,
  problem: (quoted: string) => string,
): Param<readonly T[]> {
  return {
    key,
    defaultValue: [],
    history: 'push',
    canonical: sortedUnique,
    equal: (a, b) => a.length === b.length && a.every((value, i) => value === b[i]),
    serialise: (values) => values.join(','),
    parse(raw, notes) {
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
    },
  }
}

/** Free text needs no schema; it is only capped. */
export function textParam(key: string, what: string): Param<string> {
  return {
    key,
    defaultValue: '',
    history: 'typing',
    canonical: itself,
    equal: same,
    serialise: itself,
    parse(raw, notes) {
      const cut = takeCodePoints(raw, MAX_QUERY_LENGTH)
      if (cut.length < raw.length) notes.push(`${what} is longer than ${MAX_QUERY_LENGTH} characters; it was cut short`)
      return cut
    },
  }
}

/** A value checked by a schema, or null; `describe` says what was wrong with a bad one. */
export function optionalParam<T extends string>(
  key: string,
  schema: z.ZodType<T>,
  describe: (quoted: string, raw: string) => string,
): Param<T | null> {
  return {
    key,
    defaultValue: null,
    history: 'push',
    canonical: itself,
    equal: same,
    serialise: (value) => value ?? '',
    parse(raw, notes) {
      const result = schema.safeParse(raw)
      if (result.success) return result.data
      notes.push(describe(quote(raw), raw))
      return null
    },
  }
}

/** A whole number from 1 to `max` (a story's step, counted as readers count), or null. */
export function countParam(key: string, max: number, what: string): Param<number | null> {
  return {
    key,
    defaultValue: null,
    history: 'push',
    canonical: itself,
    equal: same,
    serialise: (value) => (value === null ? '' : String(value)),
    parse(raw, notes) {
      const value = /^[1-9]\d{0,5}$/.test(raw) ? Number(raw) : NaN
      if (value <= max) return value
      notes.push(`${what} ${quote(raw)} is not a number from 1 to ${max}`)
      return null
    },
  }
}

/** One of a fixed set of words; the default is written as nothing. */
export function choiceParam<T extends string>(key: string, options: readonly [T, ...T[]], defaultValue: T): Param<T> {
  const schema = z.enum(options)
  return {
    key,
    defaultValue,
    history: 'push',
    canonical: itself,
    equal: same,
    serialise: itself,
    parse(raw, notes) {
      const result = schema.safeParse(raw)
      if (result.success) return result.data as T
      notes.push(`${key} ${quote(raw)} is not one of ${options.join(', ')}`)
      return defaultValue
    },
  }
}

export function sortedUnique<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort()
}

/** Cuts by code points so a surrogate pair is never split. */
export function takeCodePoints(value: string, max: number): string {
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

/** Quoted for a note: JSON escapes control characters, bidi controls are escaped too, long values are clipped. */
export function quote(value: string): string {
  const cut = takeCodePoints(value, MAX_QUOTED)
  return escapeBidiControls(JSON.stringify(cut.length < value.length ? `${cut}…` : cut))
}
