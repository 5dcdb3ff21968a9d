import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CATEGORIES } from '../dataset/schema'
import {
  canonicalView,
  dropUnknownIds,
  historyKind,
  MAX_NOTES,
  parseView,
  PASSTHROUGH_KEYS,
  serialiseView,
  VIEW_KEYS,
  viewUrl,
} from './url-codec'
import { MAX_LIST_ENTRIES, MAX_QUERY_LENGTH, MAX_QUOTED } from './param-kinds'
import { NO_FILTERS } from '../domain/filters'
import { canonicalCamera, MAP_LIMITS } from './map-param'
import { DEFAULT_VIEW, LANE_GROUPINGS, OUTSIDE_WINDOW, VIEW_MODES, WINDOW_LIMITS, type LinkMigration, type ViewState } from './view-state'

// Two cores: keep property runs modest.
const runs = { numRuns: 200 }

const { minInstant: MIN_INSTANT, maxInstant: MAX_INSTANT } = WINDOW_LIMITS
const MAX_SPAN = MAX_INSTANT - MIN_INSTANT

// fc.integer is 32-bit; epoch milliseconds need bigInt.
const millis = (min: number, max: number) => fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(Number)

const letter = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ')
const countryArb = fc.tuple(letter, letter).map(([a, b]) => a + b)
const slugArb = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join('-'))
const sortedList = (arb: fc.Arbitrary<string>) => fc.uniqueArray(arb, { maxLength: 6 }).map((v) => v.sort())
const CATEGORY_IDS = DEFAULT_CATEGORIES.map((c) => c.id)
const categoriesArb = fc.subarray(CATEGORY_IDS).map((v) => v.sort())
const queryArb = fc.oneof(
  fc.constant(''),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
)
const dayArb = fc
  .date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10))
const boundsArb = fc
  .tuple(fc.option(dayArb), fc.option(dayArb))
  .map(([a, b]) => (a !== null && b !== null && a > b ? [b, a] : [a, b]))
const windowArb = fc
  .tuple(
    millis(MIN_INSTANT, MAX_INSTANT - 1),
    fc.oneof(millis(1, Math.floor(MAX_SPAN / 4)), fc.integer({ min: 1, max: 100_000 }).map((s) => s * 1000)),
    fc.boolean(),
  )
  .map(([raw, length, wholeSeconds]) => {
    const start = wholeSeconds ? raw - (raw % 1000) : raw
    return { start, end: start + length }
  })
  .filter((w) => w.end <= MAX_INSTANT)

/** Any camera in range, made canonical as a parsed link would be. */
const cameraArb = fc
  .record({
    lat: fc.double({ min: -MAP_LIMITS.maxLat, max: MAP_LIMITS.maxLat, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
    zoom: fc.double({ min: MAP_LIMITS.minZoom, max: MAP_LIMITS.maxZoom, noNaN: true }),
  })
  .map(canonicalCamera)

/** Canonical, valid views: sorted unique lists, real dates with from <= to, a sane window. */
const viewArb: fc.Arbitrary<ViewState> = fc
  .record({
    countries: sortedList(countryArb),
    actors: sortedList(slugArb),
    categories: categoriesArb,
    query: queryArb,
    bounds: boundsArb,
    lanes: fc.constantFrom(...LANE_GROUPINGS),
    view: fc.constantFrom(...VIEW_MODES),
    selected: fc.option(slugArb),
    window: fc.option(windowArb),
    // A step comes with its story; a story always has a step (from 1).
    story: fc.option(fc.tuple(slugArb, fc.integer({ min: 1, max: 100 }))),
    map: fc.option(cameraArb),
    outside: fc.constantFrom(...OUTSIDE_WINDOW),
  })
  .map(({ countries, actors, categories, query, bounds: [from, to], lanes, view, selected, window, story, map, outside }) => ({
    filters: { countries, actors, categories, query, from: from ?? null, to: to ?? null },
    lanes,
    view,
    selected,
    window,
    map,
    outside,
    story: story?.[0] ?? null,
    step: story?.[1] ?? null,
  }))

/** The same list doubled and shuffled. */
const messy = <T>(values: readonly T[]) =>
  fc.shuffledSubarray([...values, ...values], { minLength: values.length * 2, maxLength: values.length * 2 })

const view = (patch: Partial<ViewState['filters']> & Partial<Omit<ViewState, 'filters'>> = {}): ViewState => {
  const { lanes, view: mode, selected, window, story, step, map, outside, ...filters } = patch
  return {
    filters: { ...DEFAULT_VIEW.filters, ...filters },
    lanes: lanes ?? DEFAULT_VIEW.lanes,
    view: mode ?? DEFAULT_VIEW.view,
    selected: selected ?? null,
    window: window ?? null,
    map: map ?? null,
    outside: outside ?? DEFAULT_VIEW.outside,
    story: story ?? null,
    step: step ?? null,
  }
}

describe('url codec properties', () => {
  it('round-trips every valid view exactly', () => {
    fc.assert(
      fc.property(viewArb, (state) => {
        const parsed = parseView(serialiseView(state))
        expect(parsed.ignored).toEqual([])
        expect(parsed.state).toEqual(state)
      }),
      runs,
    )
  })

  it('is canonical: shuffled and duplicated lists give the same string', () => {
    const pairArb = viewArb.chain((state) =>
      fc
        .tuple(messy(state.filters.countries), messy(state.filters.actors), messy(state.filters.categories))
        .map(([countries, actors, categories]): [ViewState, ViewState] => [
          state,
          { ...state, filters: { ...state.filters, countries, actors, categories } },
        ]),
    )
    fc.assert(
      fc.property(pairArb, ([state, shuffled]) => {
        expect(serialiseView(shuffled)).toBe(serialiseView(state))
        expect(canonicalView(shuffled)).toEqual(state)
      }),
      runs,
    )
  })

  const loneSurrogates = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) })
  const percentJunk = fc.string({ unit: fc.constantFrom(...'%E0A42Cf&=,~?+TZ:-') })
  const keyArb = fc.oneof(
    fc.constantFrom(...VIEW_KEYS, ...PASSTHROUGH_KEYS, '__proto__', 'constructor', 'toString', ''),
    fc.string({ unit: 'binary', maxLength: 8 }),
  )
  const valueArb = fc.oneof(
    fc.string({ unit: 'binary' }),
    percentJunk,
    slugArb,
    fc.array(fc.oneof(countryArb, slugArb, fc.constantFrom(...CATEGORY_IDS)), { maxLength: 5 }).map((v) => v.join(',')),
    fc.tuple(dayArb, dayArb).map(([a, b]) => `${a}T00:00:00Z~${b}T12:00:00.500Z`),
  )
  const pairsArb = fc
    .tuple(fc.boolean(), fc.array(fc.tuple(keyArb, valueArb), { maxLength: 20 }))
    .map(([question, pairs]) => (question ? '?' : '') + pairs.map(([k, v]) => `${k}=${v}`).join('&'))
  const anyInput = fc.oneof(fc.string({ unit: 'binary' }), loneSurrogates, percentJunk, pairsArb)

  it('never throws, and what it returns is a valid canonical view', () => {
    fc.assert(
      fc.property(anyInput, (search) => {
        const { state, ignored } = parseView(search)
        expect(ignored.every((note) => typeof note === 'string')).toBe(true)
        // Whatever came out must itself survive a clean round trip.
        const again = parseView(serialiseView(state))
        expect(again.ignored).toEqual([])
        expect(again.state).toEqual(state)
      }),
      runs,
    )
  })
})

describe('serialiseView', () => {
  it('gives an empty string for the default view', () => {
    expect(serialiseView(DEFAULT_VIEW)).toBe('')
    expect(parseView('')).toEqual({ state: DEFAULT_VIEW, ignored: [] })
    expect(parseView('?')).toEqual({ state: DEFAULT_VIEW, ignored: [] })
  })

  it('writes short readable keys in a fixed order', () => {
    const state = view({
      countries: ['GB', 'FR'],
      actors: ['keir-starmer'],
      categories: ['summit', 'leak'],
      query: 'signal',
      from: '2025-03-01',
      to: '2025-03-31',
      lanes: 'country',
      view: 'list',
      selected: 'paris-summit',
      window: { start: Date.UTC(2025, 2, 20), end: Date.UTC(2025, 2, 30, 12) },
      map: { zoom: 5, lat: 48.8566, lon: 2.3522 },
      outside: 'dim',
    })
    expect(serialiseView(state)).toBe(
      'c=FR,GB&a=keir-starmer&k=leak,summit&q=signal&from=2025-03-01&to=2025-03-31' +
        '&lanes=country&view=list&e=paris-summit&t=2025-03-20T00:00:00Z~2025-03-30T12:00:00Z&m=48.86,2.35,5&outside=dim',
    )
  })

  it('keeps milliseconds only when present, and encodes free text', () => {
    const window = { start: Date.UTC(2025, 2, 20, 0, 0, 0, 250), end: Date.UTC(2025, 2, 21) }
    const state = view({ query: 'a&b=c, 100%+', window })
    const search = serialiseView(state)
    expect(search).toBe('q=a%26b%3Dc,+100%25%2B&t=2025-03-20T00:00:00.250Z~2025-03-21T00:00:00Z')
    expect(parseView(search).state).toEqual(state)
  })

  it('omits a window that is not a valid date rather than throwing', () => {
    expect(serialiseView(view({ window: { start: NaN, end: 1 } }))).toBe('')
  })
})

describe('parseView notes', () => {
  const notesFor = (search: string) => parseView(search).ignored

  it('accepts a leading "?"', () => {
    expect(parseView('?c=FR').state.filters.countries).toEqual(['FR'])
  })

  it('flags unknown parameters but not pass-through ones', () => {
    const { state, ignored } = parseView('foo=1&data=https%3A%2F%2Fexample.org%2Fd.json&embed=1&c=FR')
    expect(ignored).toEqual(['unknown parameter "foo"'])
    expect(state).toEqual(view({ countries: ['FR'] }))
  })

  it('treats __proto__ as an unknown parameter without polluting anything', () => {
    expect(notesFor('__proto__=x&constructor=y')).toEqual(['unknown parameter "__proto__"', 'unknown parameter "constructor"'])
    expect(({} as Record<string, unknown>).x).toBeUndefined()
  })

  it('drops invalid list entries and keeps the rest', () => {
    const { state, ignored } = parseView('c=France,FR,,fr&a=Keir Starmer,keir-starmer&k=summit,Gossip Column')
    expect(state.filters).toEqual({ ...DEFAULT_VIEW.filters, countries: ['FR'], actors: ['keir-starmer'], categories: ['summit'] })
    expect(ignored).toEqual([
      'country "France" is not a two-letter code',
      'country "fr" is not a two-letter code',
      'actor "Keir Starmer" is not a valid id',
      'category "Gossip Column" is not a valid id',
    ])
  })

  it('drops a list with too many entries', () => {
    const { state, ignored } = parseView(`c=${Array(MAX_LIST_ENTRIES + 1).fill('FR').join(',')}`)
    expect(state.filters.countries).toEqual([])
    expect(ignored).toEqual([`"c" has more than ${MAX_LIST_ENTRIES} entries; all were ignored`])
  })

  it('explains bad dates', () => {
    expect(notesFor('from=2025-02-30')).toEqual(['date "2025-02-30" in "from" is not a real date'])
    expect(notesFor('to=March')).toEqual(['date "March" in "to" is not YYYY-MM-DD'])
  })

  it('drops both bounds when from is after to', () => {
    const { state, ignored } = parseView('from=2025-03-31&to=2025-03-01')
    expect(state.filters.from).toBeNull()
    expect(state.filters.to).toBeNull()
    expect(ignored).toEqual(['"from" 2025-03-31 is after "to" 2025-03-01; both were ignored'])
  })

  it('explains bad choices and event ids', () => {
    expect(notesFor('lanes=region&view=grid&e=Paris Summit')).toEqual([
      'lanes "region" is not one of category, country, actor',
      'view "grid" is not one of timeline, list, map',
      'event "Paris Summit" is not a valid id',
    ])
  })

  it('reads a story and its step, opening a story without a step at the first', () => {
    expect(parseView('story=how-it-began&step=3').state).toEqual(view({ story: 'how-it-began', step: 3 }))
    expect(parseView('story=how-it-began')).toEqual({ state: view({ story: 'how-it-began', step: 1 }), ignored: [] })
    expect(serialiseView(view({ story: 'how-it-began', step: 1 }))).toBe('story=how-it-began&step=1')
  })

  it('explains bad stories and steps', () => {
    expect(notesFor('story=How It Began&step=2')).toEqual(['story "How It Began" is not a valid id', '"step" 2 names no story; it was ignored'])
    expect(notesFor('story=a&step=0')).toEqual(['step "0" is not a number from 1 to 100'])
    expect(notesFor('story=a&step=2.5')).toEqual(['step "2.5" is not a number from 1 to 100'])
    expect(notesFor('story=a&step=101')).toEqual(['step "101" is not a number from 1 to 100'])
    expect(parseView('story=a&step=0').state.step).toBe(1)
  })

  it('explains malformed and absurd map views', () => {
    expect(notesFor('m=paris')).toEqual(['map view "paris" is not latitude,longitude,zoom'])
    expect(notesFor('m=48.9,2.4')).toEqual(['map view "48.9,2.4" is not latitude,longitude,zoom'])
    expect(notesFor('m=1e3,2,5')).toEqual(['map view "1e3,2,5" is not latitude,longitude,zoom'])
    expect(notesFor('m=48.9,2.4,40')).toEqual(['map view "48.9,2.4,40" is absurd (zoom outside 0–12)'])
    expect(notesFor('m=95,2.4,5')).toEqual(['map view "95,2.4,5" is absurd (latitude outside ±90)'])
    expect(notesFor('m=48,200,5')).toEqual(['map view "48,200,5" is absurd (longitude outside ±180)'])
    expect(notesFor('outside=blur')).toEqual(['outside "blur" is not one of hide, dim'])
  })

  it('writes a map view in one spelling: pixel-sized decimals, longitude wrapped, no -0', () => {
    expect(serialiseView(parseView('m=48.85661,2.35222,5.000').state)).toBe('m=48.86,2.35,5')
    expect(serialiseView(parseView('m=48.85661,-0.00001,10.123').state)).toBe('m=48.857,0,10.12')
    expect(serialiseView(parseView('m=89,180,0').state)).toBe('m=85,-180,0')
    expect(parseView('m=48.86,2.35,5').state.map).toEqual({ zoom: 5, lat: 48.86, lon: 2.35 })
  })

  it('explains malformed and absurd windows', () => {
    expect(notesFor('t=x')).toEqual(['window "x" is malformed'])
    expect(notesFor('t=2025-02-30T00:00:00Z~2025-03-01T00:00:00Z')).toEqual([
      'window "2025-02-30T00:00:00Z~2025-03-01T00:00:00Z" is malformed',
    ])
    expect(notesFor('t=2025-03-02T00:00:00Z~2025-03-01T00:00:00Z')).toEqual(['window is absurd (end not after start)'])
    // A window of centuries is a fair view of a dataset of centuries.
    expect(notesFor('t=1500-01-01T00:00:00Z~1800-01-01T00:00:00Z')).toEqual([])
    expect(notesFor('t=0999-12-31T00:00:00Z~1000-01-02T00:00:00Z')).toEqual(['window is absurd (outside years 1000–3000)'])
  })

  it('takes the first of repeated keys and says so once', () => {
    const { state, ignored } = parseView('view=list&view=timeline&view=list')
    expect(state.view).toBe('list')
    expect(ignored).toEqual(['parameter "view" is repeated; only the first is used'])
  })

  it('cuts overlong search text', () => {
    const { state, ignored } = parseView(`q=${'é'.repeat(MAX_QUERY_LENGTH + 100)}`)
    expect(state.filters.query).toBe('é'.repeat(MAX_QUERY_LENGTH))
    expect(ignored).toEqual([`search text is longer than ${MAX_QUERY_LENGTH} characters; it was cut short`])
  })

  it('survives invalid percent-encoding', () => {
    // Bad bytes become U+FFFD; a stray "%A" stays literal.
    const { state, ignored } = parseView('q=%E0%A4%A&c=%FF')
    expect(state.filters.query).toBe('\uFFFD%A')
    expect(ignored).toEqual(['country "\uFFFD" is not a two-letter code'])
  })

  it('clips quoted values and caps the number of notes', () => {
    const { ignored } = parseView(Array.from({ length: 5000 }, (_, i) => `k${i}=1`).join('&') + `&e=${'X'.repeat(10_000)}`)
    expect(ignored).toHaveLength(MAX_NOTES + 1)
    expect(ignored[MAX_NOTES]).toBe(`…and ${5001 - MAX_NOTES} more problems`)
    expect(notesFor(`e=${'X'.repeat(10_000)}`)).toEqual([`event "${'X'.repeat(MAX_QUOTED)}…" is not a valid id`])
  })
})

describe('dropUnknownIds', () => {
  const known = { categories: new Set(['summit']), countries: new Set(['FR', 'GB']), actors: new Set(['keir-starmer']), events: new Set(['paris-summit']) }

  it('drops ids the dataset lacks, with notes', () => {
    const state = view({ countries: ['FR', 'XX'], actors: ['keir-starmer', 'nobody'], selected: 'lost-event' })
    expect(dropUnknownIds(state, known)).toEqual({
      state: view({ countries: ['FR'], actors: ['keir-starmer'] }),
      ignored: ['unknown country "XX"', 'unknown actor "nobody"', 'unknown event "lost-event"'],
    })
  })

  it('drops categories the dataset does not declare: any dataset has its own', () => {
    const state = view({ categories: ['summit', 'riot'] })
    expect(dropUnknownIds(state, known)).toEqual({ state: view({ categories: ['summit'] }), ignored: ['unknown category "riot"'] })
  })

  it('returns the same state when every id is known', () => {
    const state = view({ countries: ['GB'], actors: ['keir-starmer'], selected: 'paris-summit' })
    const result = dropUnknownIds(state, known)
    expect(result.state).toBe(state)
    expect(result.ignored).toEqual([])
  })
})

describe('viewUrl', () => {
  it('replaces the query but keeps pass-through keys and path; the fragment, which holds no view, goes', () => {
    const base = 'https://example.org/app/?c=DE&data=https%3A%2F%2Fx.org%2Fd.json&junk=1#top'
    expect(viewUrl(base, view({ countries: ['FR'] }))).toBe('https://example.org/app/?data=https%3A%2F%2Fx.org%2Fd.json&c=FR')
    expect(viewUrl(`https://example.org/#${'x'.repeat(1_000_000)}`, DEFAULT_VIEW)).toBe('https://example.org/')
  })

  it('has no "?" for the default view', () => {
    expect(viewUrl('https://example.org/app/?c=DE', DEFAULT_VIEW)).toBe('https://example.org/app/')
  })

  it('gives a link that parses back to the view', () => {
    const state = view({ query: 'cease fire', lanes: 'actor', window: { start: 0, end: 1000 } })
    expect(parseView(new URL(viewUrl('https://example.org/?embed=1', state)).search)).toEqual({ state, ignored: [] })
  })
})

describe('the view contract', () => {
  it('defaults the filters to what the domain calls no filters', () => {
    expect(DEFAULT_VIEW.filters).toEqual(NO_FILTERS)
  })

  it('writes every parameter it declares, in declaration order', () => {
    const everything = view({
      countries: ['FR'],
      actors: ['keir-starmer'],
      categories: ['summit'],
      query: 'x',
      from: '2025-03-01',
      to: '2025-03-02',
      lanes: 'actor',
      view: 'list',
      selected: 'e1',
      window: { start: 0, end: 1000 },
      story: 'how-it-began',
      step: 2,
      map: { lat: 1, lon: 2, zoom: 3 },
      outside: 'dim',
    })
    expect([...new URLSearchParams(serialiseView(everything)).keys()]).toEqual(VIEW_KEYS)
  })

  it('says how each change enters history', () => {
    const base = DEFAULT_VIEW
    expect(historyKind(base, view({ countries: ['FR'] }))).toBe('push')
    expect(historyKind(base, view({ query: 'sig' }))).toBe('typing')
    expect(historyKind(base, view({ window: { start: 0, end: 1 } }))).toBe('throttled')
    expect(historyKind(base, view({ map: { zoom: 3, lat: 50, lon: 10 } }))).toBe('throttled')
    expect(historyKind(base, view({ outside: 'dim' }))).toBe('push')
    // A pan during a filter change is part of that change.
    expect(historyKind(base, view({ selected: 'e1', window: { start: 0, end: 1 } }))).toBe('push')
    // Each story step is an entry of its own, so Back walks the steps.
    expect(historyKind(view({ story: 's', step: 1 }), view({ story: 's', step: 2 }))).toBe('push')
    // Equal values in new arrays are no change at all.
    expect(historyKind(view({ countries: ['FR'] }), view({ countries: ['FR'] }))).toBeNull()
  })

  it('runs link migrations before reading, so an old key keeps working', () => {
    const renamed: LinkMigration = (params) => {
      const old = params.get('country')
      if (old === null) return null
      params.delete('country')
      params.set('c', old)
      return null
    }
    expect(parseView('country=FR', [renamed])).toEqual({ state: view({ countries: ['FR'] }), ignored: [] })
    expect(parseView('country=FR').ignored).toEqual(['unknown parameter "country"'])
  })
})
