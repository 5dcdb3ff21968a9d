import fc from 'fast-check'
import { ACLED_COLUMN_NAMES } from '../../dataset/formats/acled-columns'
import { CSV_COLUMN_NAMES } from '../../dataset/formats/csv-columns'

/**
 * Files in each import format (app JSON, CSV, TimelineJS JSON, ACLED CSV) built from hostile pieces:
 * markup, bidi controls, prototype names, separators, quotes, strings of 100 kB, impossible dates.
 * import-fuzz.test.ts checks how every import of them ends; `npm run bench` times them against the
 * importers' work bound.
 */

const HUGE = 100_000
const BIG_PIECES = ['x'.repeat(HUGE), '<a'.repeat(HUGE / 2), '</b'.repeat(HUGE / 3), ';'.repeat(HUGE), '"'.repeat(HUGE), '\r'.repeat(HUGE), `${'é'.repeat(HUGE / 2)}\u202E`]
const PIECES = [
  '<a', '<a href="javascript:alert(1)">x</a>', '<script>alert(1)</script>', '<script>', '</b', '<!--', '-->', '<img src=x onerror=alert(1)>', '&lt;', '&amp;lt;', '&#x1', '&#0;', '&constructor;',
  '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C',
  '__proto__', 'constructor', 'Constructor', 'prototype', 'hasOwnProperty', 'toString',
  ';', ',', '"', "'", '\t', '\r', '\n', '\r\n', '|', 'sep=;', '=SUM(1;2)', '+1', '-1', '@x', "'=", '""', ' ',
  'Smith; John', 'Élysée', 'Київ', '🇺🇦', 'قمة', '\u0000', '\uFEFF', '\uD800',
  '2025-02-30', '+275760-09-13', '0000-00-00', '9999-12-31', '0000-01-01', '2025-13-01', '-000001-01-01', '2025-03-27', '2025-03-24', '2025-03-01',
  'summit', 'Summit', 'week', 'month', 'day', 'FR', 'fr', 'ZZ', 'XX', 'https://example.com/a', 'https://example.com/a b', 'http://x.test/\u0001', 'javascript:alert(1)', 'data:text/html,x',
]
const DATES = ['2025-02-30', '+275760-09-13', '0000-00-00', '9999-12-31', '0000-01-01', '2025-13-01', '2025-03-27', '2025-03-24', '2025-03-01', '', '2025-3-7', '20250327']

const piece = fc.oneof(
  { weight: 100, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 20, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...BIG_PIECES) },
)
const text = fc.array(piece, { maxLength: 5 }).map((parts) => parts.join(''))
const date = fc.oneof(fc.constantFrom(...DATES), text)
const key = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'Constructor', 'prototype', 'id', 'title', 'x'), text)
const scalar = fc.oneof(text, date, fc.integer(), fc.double(), fc.boolean(), fc.constant(null))
const loose = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.dictionary(key, scalar, { maxKeys: 3 }))

/** Mostly a value the importer accepts, often with hostile text in it; sometimes anything at all. */
const field = <T>(good: fc.Arbitrary<T>): fc.Arbitrary<unknown> =>
  fc.oneof({ weight: 60, arbitrary: good }, { weight: 1, arbitrary: text }, { weight: 1, arbitrary: loose })
/** Text a field accepts (at least until a 100 kB piece makes it too long), with hostile pieces inside. */
const goodText = fc.tuple(fc.constantFrom('Paris summit', 'Talks', 'Strike', 'Élysée', 'Київ'), text).map(([word, rest]) => `${word} ${rest}`)

/** `arb` once in `times` draws, else null. */
const sometimes = <T>(arb: fc.Arbitrary<T>, times: number) => fc.oneof({ weight: times - 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: arb })

const MISSING = Symbol('missing')
/** A field present once in `times` objects. */
const rarely = <T>(arb: fc.Arbitrary<T>, times: number) => fc.oneof({ weight: times - 1, arbitrary: fc.constant(MISSING) }, { weight: 1, arbitrary: arb })
/** An object with the given fields, each now and then missing, and now and then a hostile extra key. */
function shaped(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const known = fc.record(Object.fromEntries(Object.entries(fields).map(([name, arb]) => [name, fc.option(arb, { freq: 40, nil: MISSING })])))
  return fc.tuple(known, sometimes(fc.dictionary(key, loose, { minKeys: 1, maxKeys: 2 }), 8)).map(([values, extra]) => {
    // By definition, so that a "__proto__" key is an own key of the object and of its JSON.
    const object: Record<string, unknown> = {}
    const put = (name: string, value: unknown) => Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true })
    for (const [name, value] of Object.entries(extra ?? {})) put(name, value)
    for (const [name, value] of Object.entries(values)) if (value !== MISSING) put(name, value)
    return object
  })
}

const slug = fc.constantFrom('paris-summit', 'chiefs-meet', 'talks', 'a', 'b')
const ref = (good: string) => field(fc.oneof({ weight: 25, arbitrary: fc.constant(good) }, { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'ghost') }))
const citation = shaped({ source: ref('wire'), paragraphs: rarely(fc.oneof(fc.constant([1]), loose), 10), note: goodText })
const precisionAndStart = fc.constantFrom(['day', '2025-03-27'], ['week', '2025-03-24'], ['month', '2025-03-01'], ['day', '9999-12-31'], ['day', '0000-01-01'])

const appEvent = fc.tuple(precisionAndStart, shaped({
  id: field(slug), title: field(goodText), summary: field(goodText), end: rarely(field(fc.constantFrom('2025-03-28', '2025-03-01', '9999-12-31')), 5), dateNote: field(goodText),
  category: field(fc.constantFrom('summit', 'strike')), countries: field(fc.constantFrom(['FR'], ['FR', 'GB'], ['XX'])), actors: field(fc.constantFrom([], ['keir-starmer'])),
  location: field(goodText), quotes: field(fc.array(shaped({ text: field(goodText), speaker: ref('keir-starmer'), source: citation }), { maxLength: 1 })),
  sources: field(fc.array(citation, { minLength: 1, maxLength: 2 })),
  disputes: field(fc.array(shaped({ claim: field(goodText), note: field(goodText), sources: field(fc.array(citation, { minLength: 1, maxLength: 1 })) }), { maxLength: 1 })),
})).map(([[precision, start], event]) => ({ precision, start, ...event }))
const appJson = shaped({
  meta: field(shaped({ title: field(goodText), description: field(goodText), version: field(fc.constant('1.0.0')), updated: field(fc.constant('2026-11-28')), licence: field(goodText), method: field(goodText) })),
  actors: field(fc.constant([{ id: 'keir-starmer', name: 'Keir Starmer', role: 'Prime Minister', country: 'GB' }]).chain((good) => fc.tuple(fc.constant(good[0]), shaped({ id: field(slug), name: field(goodText), role: field(goodText), country: field(fc.constantFrom('FR', 'XX')) })))),
  sources: field(fc.tuple(shaped({ id: field(fc.constant('wire')), publisher: field(goodText), title: field(goodText), date: field(fc.constant('2025-03-27')), url: field(fc.constantFrom('https://example.com/a', 'https://example.com/b', 'https://example.com/\u0001', 'https://example.com/a b')) }), shaped({ id: field(slug), publisher: field(goodText), title: field(goodText), date: field(date), url: field(text) }))),
  events: field(fc.array(appEvent, { minLength: 1, maxLength: 4 })),
})

const timelineDate = shaped({ year: field(fc.constantFrom('2025', 2025, '9999', 0)), month: field(fc.constantFrom('3', 3, '12')), day: field(fc.constantFrom('27', 24, '31')) })
const htmlText = fc.tuple(goodText, text).map(([good, html]) => `<p>${good}</p>${html}`)
const timelineJs = shaped({
  title: field(shaped({ text: shaped({ headline: field(goodText), text: field(htmlText) }) })),
  events: field(fc.array(
    shaped({ start_date: field(timelineDate), end_date: rarely(timelineDate, 5), text: field(shaped({ headline: field(goodText), text: field(htmlText) })), group: field(fc.constantFrom('summit', 'Summits', 'Economy')), unique_id: field(goodText), media: field(shaped({ url: field(fc.constantFrom('https://example.com/a', 'javascript:alert(1)')), credit: field(htmlText), caption: field(goodText) })) }),
    { minLength: 1, maxLength: 4 },
  )),
})

/** JSON text, now and then cut short. */
const jsonText = (value: fc.Arbitrary<unknown>) =>
  fc.tuple(value, sometimes(fc.nat(), 8)).map(([v, cut]) => {
    const json = JSON.stringify(v) ?? ''
    return cut === null ? json : json.slice(0, cut % (json.length + 1))
  })

// A Map: the columns include "__proto__" and "constructor".
const GOOD_CELLS = new Map<string, fc.Arbitrary<string>>([
  ['id', fc.constantFrom('', 'a', 'b', 'paris-summit')], ['title', goodText], ['summary', fc.oneof(goodText, fc.constant(''))], ['start', fc.constantFrom('2025-03-27', '9999-12-31')],
  ['end', fc.constantFrom('', '2025-03-28')], ['precision', fc.constantFrom('', 'day', 'Day')], ['date_note', text], ['category', fc.constantFrom('summit', 'Strike')],
  ['countries', fc.constantFrom('FR', 'FR; GB', 'fr;gb;')], ['actors', text], ['location', text], ['source_title', goodText], ['source_publisher', goodText],
  ['source_url', fc.constantFrom('', 'https://example.com/a', 'https://example.com/b', 'https://example.com/a b')], ['source_date', fc.constantFrom('2025-03-27')],
  ['time', fc.constantFrom('', '', '14:30Z', '9:05+01:00')], ['end_time', fc.constantFrom('', '')], ['category_label', fc.constantFrom('', 'Summits', 'Own kind')],
  ['subcategory', fc.oneof(fc.constant(''), goodText)], ['fatalities', fc.constantFrom('', '0', '12')],
])
const EXTRA_COLUMNS = ['Colour', '__proto__', 'constructor', 'Source Title', 'title']
/** ACLED cells that make a row an event, most of the time; the rest are hostile text. */
const GOOD_ACLED_CELLS = new Map<string, fc.Arbitrary<string>>([
  ['event_id_cnty', fc.constantFrom('UKR1', 'UKR2', 'SYR3', 'x', '')], ['event_date', fc.constantFrom('2024-02-14', '14 February 2024', '31-02-2024', '0999-01-01')],
  ['time_precision', fc.constantFrom('1', '2', '3', '', '9')], ['event_type', fc.constantFrom('Battles', 'Protests', '__proto__', 'Summits')],
  ['country', fc.constantFrom('Ukraine', 'Democratic Republic of Congo', 'Atlantis', '')], ['iso', fc.constantFrom('804', '0', '', '999')],
  ['location', fc.oneof(goodText, fc.constant(''))], ['latitude', fc.constantFrom('48.5', '91', '', 'NaN')], ['longitude', fc.constantFrom('38.0', '-181', '')],
  ['geo_precision', fc.constantFrom('1', '2', '3')], ['fatalities', fc.constantFrom('0', '3', '-1', '1.5', '')], ['timestamp', fc.constantFrom('1708000000', '', '99999999999')],
  ['actor1', fc.oneof(goodText, fc.constant(''))], ['assoc_actor_1', fc.oneof(text, fc.constant('A; B;; C'))], ['notes', fc.oneof(goodText, text)],
])
const columnsOf = (names: readonly string[]) => fc.tuple(
  fc.oneof({ weight: 6, arbitrary: fc.shuffledSubarray([...names], { minLength: names.length }) }, { weight: 1, arbitrary: fc.shuffledSubarray([...names]) }),
  fc.subarray(EXTRA_COLUMNS, { maxLength: 2 }),
  sometimes(text, 6),
).map(([columns, extra, odd]) => [...columns, ...extra, ...(odd === null ? [] : [odd])])
const cellOf = (good: ReadonlyMap<string, fc.Arbitrary<string>>) => (column: string) =>
  fc.tuple(fc.oneof({ weight: 8, arbitrary: good.get(column) ?? text }, { weight: 1, arbitrary: text }, { weight: 1, arbitrary: date }), fc.boolean())
const csvTextOf = (names: readonly string[], good: ReadonlyMap<string, fc.Arbitrary<string>>) => fc
  .record({
    sep: sometimes(fc.constantFrom(',', ';', '\t', '|', 'x', ''), 4),
    separator: fc.constantFrom(',', ';', '\t', '|'),
    columns: columnsOf(names),
    ending: fc.constantFrom('\r\n', '\n', '\r'),
    endings: fc.array(fc.constantFrom('\r\n', '\n', '\r'), { maxLength: 8 }),
    bom: fc.boolean(),
  })
  .chain((file) => fc.tuple(fc.constant(file), fc.array(fc.tuple(...file.columns.map(cellOf(good))), { maxLength: 6 })))
  .map(([{ sep, separator, columns, ending, endings, bom }, rows]) => {
    // A cell holding the separator, a quote or a line break is quoted, mostly: unquoted, it breaks the row.
    const special = new RegExp(`[${separator === '\t' ? '\\t' : `\\${separator}`}"\r\n]`)
    const quote = ([value, forceQuote]: [string, boolean]) => (forceQuote || special.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
    const lines = [columns.join(separator), ...rows.map((cells) => cells.map(quote).join(separator))]
    const body = lines.map((line, i) => line + (endings[i] ?? ending)).join('')
    return `${bom ? '\uFEFF' : ''}${sep === null ? '' : `sep=${sep === ',' ? separator : sep}${ending}`}${body}`
  })

const csvText = csvTextOf(CSV_COLUMN_NAMES, GOOD_CELLS)
const acledText = csvTextOf(ACLED_COLUMN_NAMES, GOOD_ACLED_CELLS)


/** Each format: its name, its files, and the names a reader might give such a file. */
export const HOSTILE_FORMATS: readonly [format: string, files: fc.Arbitrary<string>, fileNames: string[]][] = [
  ['app JSON', jsonText(appJson), ['data.json', 'data.csv', 'data']],
  ['TimelineJS JSON', jsonText(timelineJs), ['timeline.json', 'timeline.csv']],
  ['CSV', csvText, ['events.csv', 'events.tsv', 'events.json', 'events']],
  ['ACLED CSV', acledText, ['acled.csv', 'acled.txt', 'acled']],
]
