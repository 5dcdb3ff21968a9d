import fc from 'fast-check'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { HOSTILE_FORMATS } from '../test/hostile/hostile-files'
import { sampleDataset } from '../test/sample-dataset'
import { z } from 'zod'
import { acceptDataset } from './accept-dataset.generated.js'
import { acceptActor, acceptEvent, acceptSource } from './accept-parts.generated.js'
import { ACCEPT_PATTERNS, acceptJsonSchema } from './json-schema'
import { actor, dataset, event, eventDate, isoDate, source } from './schema'
import { validateDataset, zodMessage } from './validate'

/**
 * A compiled check (accept-*.generated.js) may pass a dataset, or one of its events, sources or actors,
 * only if zod passes it too and returns it as the check leaves it; what it refuses goes to zod, which
 * must then give the verdict and the problems it gives the untouched input. Checked on hostile files, on
 * edge values beside each pattern the checks use, and on the datasets they exist for.
 */

type Json = Record<string, unknown>
const curatedText = readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), '../../data/coalition-of-the-willing.json'), 'utf8')
const issuesOf = (result: z.ZodSafeParseResult<unknown>) => result.error?.issues.map(({ code, path, message }) => ({ code, path, message }))

/** Returns whether `accept` passed the JSON `text`, failing the test wherever it and zod's `schema` disagree. */
function agrees(accept: (value: unknown) => boolean, schema: z.ZodType, text: string): boolean {
  const untouched: unknown = JSON.parse(text)
  const zod = schema.safeParse(untouched, { error: zodMessage })
  const checked: unknown = JSON.parse(text)
  if (accept(checked)) {
    expect(zod.success, JSON.stringify(issuesOf(zod))).toBe(true)
    expect(checked).toStrictEqual(zod.data)
    return true
  }
  // What the check filled in on its way to refusing it changes nothing zod says.
  const after = schema.safeParse(checked, { error: zodMessage })
  expect(after.success).toBe(zod.success)
  expect(issuesOf(after)).toStrictEqual(issuesOf(zod))
  expect(after.data).toStrictEqual(zod.data)
  return false
}
const agreesWithZod = (text: string) => agrees(acceptDataset, dataset, text)

/** Each part of a file the importers check on its own, against its own compiled check. */
const PARTS = [
  ['events', acceptEvent, event],
  ['sources', acceptSource, source],
  ['actors', acceptActor, actor],
] as const
function partsAgree(text: string): void {
  const json: unknown = JSON.parse(text)
  if (typeof json !== 'object' || json === null) return
  for (const [key, accept, schema] of PARTS) {
    const items: unknown = (json as Json)[key]
    if (Array.isArray(items)) for (const item of items) agrees(accept, schema, JSON.stringify(item) ?? 'null')
  }
}

const sampleWith = (change: (data: Json) => void): string => {
  const data = structuredClone(sampleDataset()) as unknown as Json
  change(data)
  return JSON.stringify(data)
}
const event0 = (data: Json) => (data.events as Json[])[0]!
const source0 = (data: Json) => (data.sources as Json[])[0]!

describe('the compiled dataset check', () => {
  it('passes the curated dataset and the sample as they are, so validation takes the quick path', () => {
    expect(agreesWithZod(curatedText)).toBe(true)
    expect(agreesWithZod(JSON.stringify(sampleDataset()))).toBe(true)
    const result = validateDataset(JSON.parse(curatedText))
    expect(result.ok && result.data.events.length).toBe(46)
  })

  it('fills in every absent default as zod does', () => {
    const text = sampleWith((data) => {
      delete data.categories
      delete data.eras
      for (const event of data.events as Json[]) {
        delete event.countries
        delete event.quotes
        delete event.disputes
      }
    })
    expect(agreesWithZod(text)).toBe(true)
  })

  // Each row: a value beside one of the check's patterns, and whether the check passes it.
  it.each<[string, (data: Json) => void, boolean]>([
    ['a title zod would trim', (d) => void (event0(d).title = ' Paris summit'), false],
    ['a title ending in a no-break space', (d) => void (event0(d).title = 'Paris summit\u00A0'), false],
    ['a title with inner line breaks', (d) => void (event0(d).title = 'Paris\nsummit'), true],
    ['a short title of 300 UTF-16 units in 150 emoji', (d) => void (event0(d).title = '🇺'.repeat(150)), true],
    ['a title of 151 emoji, 302 UTF-16 units', (d) => void (event0(d).title = '🇺'.repeat(151)), false],
    ['29 February of a leap year', (d) => void (event0(d).start = '2024-02-29'), true],
    ['29 February 2000, a leap century', (d) => void (event0(d).start = '2000-02-29'), true],
    ['29 February 1900, not a leap year', (d) => void (source0(d).date = '1900-02-29'), false],
    ['29 February of another year', (d) => void (event0(d).start = '2025-02-29'), false],
    ['30 April', (d) => void (event0(d).start = '2025-04-30'), true],
    ['31 April', (d) => void (event0(d).start = '2025-04-31'), false],
    ['the year 999', (d) => void (event0(d).start = '0999-01-01'), false],
    ['the year 2999', (d) => void (source0(d).date = '2999-12-31'), true],
    ['the year 3000', (d) => void (source0(d).date = '3000-01-01'), false],
    ['a time with an offset', (d) => Object.assign(event0(d), { start: '2025-03-27T14:30+01:00', precision: 'minute' }), true],
    ['a time at 24:00', (d) => Object.assign(event0(d), { start: '2025-03-27T24:00Z', precision: 'minute' }), false],
    ['an offset of +14:59', (d) => Object.assign(event0(d), { start: '2025-03-27T14:30:59+14:59', precision: 'minute' }), true],
    ['an offset of +15:00', (d) => Object.assign(event0(d), { start: '2025-03-27T14:30+15:00', precision: 'minute' }), false],
    ['a 60th second', (d) => Object.assign(event0(d), { start: '2025-03-27T14:30:60Z', precision: 'minute' }), false],
    ['an upper-case scheme', (d) => void (source0(d).url = 'HTTPS://example.com/a'), false],
    ['a URL with a port and a query', (d) => void (source0(d).url = 'https://example.com:8443/a?b=c#d'), true],
    ['a port over 9999', (d) => void (source0(d).url = 'https://example.com:65535/'), false],
    ['a host that reads as a bad IPv4 address', (d) => void (source0(d).url = 'https://1.2.3.999/'), false],
    ['a punycode host', (d) => void (source0(d).url = 'https://xn--a.com/'), false],
    ['a non-ASCII host', (d) => void (source0(d).url = 'https://münchen.de/'), false],
    ['a user name', (d) => void (source0(d).url = 'https://user:pass@example.com/'), false],
    ['a tab in a URL, which zod would strip', (d) => void (source0(d).url = 'https://example.com/a\tb'), false],
    ['a space in a URL', (d) => void (source0(d).url = 'https://example.com/a b'), false],
    ['a javascript: URL', (d) => void (source0(d).url = 'javascript:alert(1)'), false],
    ['an unknown key', (d) => void (event0(d).colour = 'red'), false],
    ['a __proto__ key', (d) => Object.defineProperty(event0(d), '__proto__', { value: { polluted: true }, enumerable: true }), false],
  ])('%s: agrees with zod, and so do the checks of single events, sources and actors', (_name, change, passes) => {
    const text = sampleWith(change)
    expect(agreesWithZod(text)).toBe(passes)
    partsAgree(text)
  })

  it.each<[string, z.ZodType, boolean]>([
    ['trim()', z.object({ a: z.string().trim() }), true],
    ['toLowerCase()', z.object({ a: z.string().toLowerCase() }), false],
    ['trim() beside a pattern', z.object({ a: z.string().trim().regex(/^x$/) }), false],
    ['a refinement', z.object({ a: z.string().refine((value) => value !== 'x') }), false],
  ])('is made from a schema with %s only if it can say what zod would do', (_name, schema, made) => {
    if (made) expect(acceptJsonSchema(schema)).toMatchObject({ properties: { a: { pattern: ACCEPT_PATTERNS.trimmed } } })
    else expect(() => acceptJsonSchema(schema)).toThrow(/cannot express/)
  })

  it('reads every day of the calendar as zod does, leap days of every year included', () => {
    const day = new RegExp(ACCEPT_PATTERNS.isoDate)
    const moment = new RegExp(ACCEPT_PATTERNS.eventDate)
    const two = (n: number) => String(n).padStart(2, '0')
    const days: string[] = []
    for (let year = 990; year <= 3010; year++) days.push(`${year}-02-29`, `${year}-02-28`)
    for (const year of [1000, 1900, 2000, 2024, 2025, 2100, 2999]) {
      for (let month = 0; month <= 13; month++) for (let date = 0; date <= 32; date++) days.push(`${year}-${two(month)}-${two(date)}`)
    }
    for (const value of days) {
      expect(day.test(value), value).toBe(isoDate.safeParse(value).success)
      expect(moment.test(value), value).toBe(eventDate.safeParse(value).success)
    }
  })

  it('agrees with zod on the sample with edge values drawn into its fields', () => {
    const texts = fc.oneof(
      fc.constantFrom(' padded', 'padded ', 'a\u00A0', '\uFEFFa', 'Paris\nsummit', '🇺🇦', '<script>', 'x\u202E', '', 'https://example.com/a'),
      fc.string({ unit: 'binary', maxLength: 12 }),
      fc.string({ unit: 'grapheme', maxLength: 12 }),
    )
    const dates = fc.oneof(
      fc.constantFrom('2024-02-29', '2025-02-29', '2025-04-30', '2025-04-31', '0999-01-01', '2999-12-31', '3000-01-01', ' 2025-03-27'),
      fc.constantFrom('2025-03-27T14:30+01:00', '2025-03-27T24:00Z', '2025-03-27T14:30:60Z', '2025-03-27T14:30+14:59', '2025-03-27T14:30+15:00'),
      fc.date({ min: new Date('0900-01-01'), max: new Date('3100-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
      fc.string({ unit: 'binary', maxLength: 12 }),
    )
    const urls = fc.oneof(
      fc.constantFrom('HTTPS://example.com/', 'https://1.2.3.999/', 'https://1.2.3.4/', 'https://xn--a.com/', 'https://münchen.de/', 'https://a.b-c.example:8080/x?y#z'),
      fc.webUrl({ validSchemes: ['http', 'https', 'ftp'], withQueryParameters: true, withFragments: true }),
      fc.string({ unit: 'binary', maxLength: 20 }).map((rest) => `https://${rest}`),
    )
    const changes = fc.record(
      { title: texts, summary: texts, location: texts, start: dates, end: dates, sourceDate: dates, url: urls, actorName: texts, metaTitle: texts },
      { requiredKeys: [] },
    )
    const seen = { passed: 0, refused: 0 }
    fc.assert(
      fc.property(changes, ({ sourceDate, url, actorName, metaTitle, ...event }) => {
        const text = sampleWith((data) => {
          Object.assign(event0(data), event)
          if (sourceDate !== undefined) source0(data).date = sourceDate
          if (url !== undefined) source0(data).url = url
          if (actorName !== undefined) (data.actors as Json[])[0]!.name = actorName
          if (metaTitle !== undefined) (data.meta as Json).title = metaTitle
        })
        seen[agreesWithZod(text) ? 'passed' : 'refused']++
        partsAgree(text)
      }),
      { numRuns: 1000 },
    )
    // Neither side is empty: the check is tried on datasets it passes and on datasets it refuses.
    expect(seen.passed).toBeGreaterThan(0)
    expect(seen.refused).toBeGreaterThan(0)
  })

  it('agrees with zod on every hostile app JSON file', { timeout: 60_000 }, () => {
    const [, hostileFiles] = HOSTILE_FORMATS.find(([format]) => format === 'app JSON')!
    let tried = 0
    fc.assert(
      fc.property(hostileFiles, (text) => {
        let json = true
        try {
          JSON.parse(text)
        } catch {
          json = false
        }
        fc.pre(json)
        agreesWithZod(text)
        partsAgree(text)
        tried++
      }),
      { numRuns: 300 },
    )
    expect(tried).toBeGreaterThan(0)
  })
})
