import { afterEach, describe, expect, it } from 'vitest'
import { DatasetError, formatProblem, MAX_PROBLEM_TEXT } from '../../dataset/problems'
import { parseDataset } from '../../dataset/validate'
import { importDataset } from '../../dataset/formats/import-dataset'
import { sampleDataset } from '../sample-dataset'

/**
 * Hostile dataset files, built in code: each must fail with a message that names the JSON path,
 * or (for odd but legitimate text) load intact. Nothing may touch Object.prototype.
 */

type Sample = ReturnType<typeof sampleDataset>
type Json = Record<string, unknown>

const sampleText = (change: (data: Sample) => void = () => {}): string => {
  const data = sampleDataset()
  change(data)
  return JSON.stringify(data)
}
const event0 = (data: Sample) => data.events[0]! as unknown as Json
/** Inserts raw JSON right after the first event's opening brace: how a hostile key reaches JSON.parse. */
const intoFirstEvent = (raw: string) => sampleText().replace('{"id":"paris-summit",', `{${raw},"id":"paris-summit",`)

function problemsOf(text: string): { summary: string; lines: string[] } {
  try {
    parseDataset(text)
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error
    return { summary: error.message, lines: error.problems.map(formatProblem) }
  }
  return { summary: 'accepted', lines: [] }
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
const FIVE_MB = 5 * 1024 * 1024

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort()
const cleanPrototype = prototypeKeys()
afterEach(() => {
  expect(prototypeKeys()).toEqual(cleanPrototype)
  expect(({} as Json).polluted).toBeUndefined()
  expect(({} as Json).isAdmin).toBeUndefined()
})

const corpus: [name: string, text: () => string, expected: string[]][] = [
  ['truncated JSON', () => sampleText().slice(0, 200), ['$: ']],
  ['a trailing comma', () => sampleText().replace(/}$/, ',}'), ['$: ']],
  ['an empty file', () => '  \n', ['$: Expected JSON, found nothing']],
  ['an array instead of an object', () => '[]', ['$: Invalid input: expected object, received array']],
  ['null', () => 'null', ['$: Invalid input: expected object, received null']],
  ['a title that is a number', () => sampleText((d) => void (event0(d).title = 42)), ['$.events[0].title: Invalid input: expected string, received number']],
  ['countries as a string', () => sampleText((d) => void (event0(d).countries = 'FR')), ['$.events[0].countries: Invalid input: expected array, received string']],
  [
    'a fractional paragraph number',
    () => sampleText((d) => void (d.events[0]!.sources = [{ source: 'article', paragraphs: [1.5] }])),
    ['$.events[0].sources[0].paragraphs[0]: Invalid input: expected int, received number'],
  ],
  ['an infinite paragraph number', () => sampleText().replace('"paragraphs":[1,2]', '"paragraphs":[1e999]'), ['$.events[0].sources[0].paragraphs[0]']],
  ['a missing meta block', () => sampleText((d) => void delete (d as Partial<Sample>).meta), ['$.meta: Required field is missing']],
  ['an event without sources', () => sampleText((d) => void delete event0(d).sources), ['$.events[0].sources: Required field is missing']],
  ['zero events', () => sampleText((d) => void (d.events = [])), ['$.events: A dataset needs at least one event']],
  ['a duplicate event id', () => sampleText((d) => void (d.events[1]!.id = 'paris-summit')), ['$.events[1].id: Duplicate event id "paris-summit" (first used at index 0)']],
  [
    'a duplicate id beside a schema error, in one pass',
    () => sampleText((d) => Object.assign(d.events[1]!, { id: 'paris-summit', start: 'soon' })),
    ['$.events[1].start: Expected a date as YYYY-MM-DD', '$.events[1].id: Duplicate event id "paris-summit"'],
  ],
  ['an unknown actor', () => sampleText((d) => void (d.events[0]!.actors = ['keir-starmer', 'ghost'])), ['$.events[0].actors[1]: Unknown actor id "ghost"']],
  [
    'a quote citing an unknown source',
    () => sampleText((d) => void (d.events[0]!.quotes![0]!.source = { source: 'rumour-mill' })),
    ['$.events[0].quotes[0].source.source: Unknown source id "rumour-mill"'],
  ],
  ['an end before the start', () => sampleText((d) => void (d.events[0]!.end = '2025-03-01')), ['$.events[0].end: End 2025-03-01 is before start 2025-03-27']],
  ['an impossible date', () => sampleText((d) => void (d.events[0]!.start = '2025-02-30')), ['$.events[0].start: Not a real calendar date']],
  ['a thirteenth month', () => sampleText((d) => void (d.sources[0]!.date = '2025-13-01')), ['$.sources[0].date: Not a real calendar date']],
  ['a javascript: URL', () => sampleText((d) => void (d.sources[0]!.url = 'javascript:alert(document.domain)')), ['$.sources[0].url: Expected an http(s) URL']],
  ['a data: URL', () => sampleText((d) => void (d.sources[0]!.url = 'data:text/html,<script>alert(1)</script>')), ['$.sources[0].url: Expected an http(s) URL']],
  ['a 5 MB title', () => sampleText((d) => void (d.events[0]!.title = 'x'.repeat(FIVE_MB))), ['$.events[0].title: Too long: 5,242,880 characters, at most 300 allowed']],
  ['a title nested 100,000 arrays deep', () => sampleText().replace('"title":"Paris summit"', `"title":${nested(100_000)}`), ['$.events[0].title: Invalid input: expected string, received array']],
  ['an unknown key holding deep nesting', () => intoFirstEvent(`"junk":${nested(100_000)}`), ['$.events[0].junk: Unknown field "junk"']],
  ['a document that is only nesting', () => nested(200_000), ['$: Invalid input: expected object, received array']],
  ['a "__proto__" key in an event', () => intoFirstEvent('"__proto__":{"polluted":true,"isAdmin":true}'), ['$.events[0].__proto__: Field name "__proto__" is not allowed']],
  ['a top-level "__proto__" key', () => sampleText().replace(/^\{/, '{"__proto__":{"polluted":true},'), ['$.__proto__: Field name "__proto__" is not allowed']],
  [
    'a "constructor.prototype" payload',
    () => intoFirstEvent('"constructor":{"prototype":{"polluted":true}}'),
    ['$.events[0].constructor: Field name "constructor" is not allowed'],
  ],
  [
    'a "__proto__" key in a citation',
    () => sampleText().replace('{"source":"wire"}', '{"source":"wire","__proto__":{"isAdmin":true}}'),
    ['$.events[1].sources[0].__proto__: Field name "__proto__" is not allowed'],
  ],
]

// Megabyte-sized inputs: generous timeouts for a busy two-core machine.
describe('hostile dataset corpus', { timeout: 30_000 }, () => {
  it('has at least twenty cases', () => expect(corpus.length).toBeGreaterThanOrEqual(20))

  it.each(corpus)('%s: names the path of each problem', (_, text, expected) => {
    const { summary, lines } = problemsOf(text())
    expect(summary).not.toBe('accepted')
    for (const line of expected) expect(lines.join('\n')).toContain(line)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(2 * MAX_PROBLEM_TEXT + 2)
  })

  it('rejects a 5 MB file of 10,000 events fast, naming the one bad date', () => {
    const text = sampleText((d) => {
      const template = d.events[1]!
      const filler = 'Padding that makes this a large file. '.repeat(12)
      d.events = Array.from({ length: 10_000 }, (_, i) => ({ ...template, id: `event-${i}`, summary: filler, disputes: [] }))
      d.events[9_999]!.start = '2025-02-30'
    })
    expect(text.length).toBeGreaterThan(FIVE_MB)
    const started = performance.now()
    const { lines } = problemsOf(text)
    // Typically well under a second; the bound only catches a pathological slowdown.
    expect(performance.now() - started).toBeLessThan(8_000)
    expect(lines).toEqual(['$.events[9999].start: Not a real calendar date'])
  })

  it('clips a megabyte-long unknown key instead of echoing it', () => {
    const { lines } = problemsOf(intoFirstEvent(`"${'k'.repeat(1_000_000)}":1`))
    expect(lines).toHaveLength(1)
    expect(lines[0]!.startsWith('$.events[0].kkk')).toBe(true)
    expect(lines[0]!.length).toBeLessThan(2 * MAX_PROBLEM_TEXT)
  })

  // The import path (Open data) salvages what it can: its problems must be as short as check:data's.
  it.each<[string, (key: string) => string]>([
    ['at the top level', (key) => sampleText().replace(/^\{/, `{"${key}":1,`)],
    ['in meta', (key) => sampleText().replace('{"title":"Sample"', `{"${key}":1,"title":"Sample"`)],
    ['in an event', (key) => intoFirstEvent(`"${key}":1`)],
    ['in a source', (key) => sampleText().replace('{"id":"wire"', `{"${key}":1,"id":"wire"`)],
  ])('an imported file with a 5 MB unknown key %s is named once, in short problems', (_, withKey) => {
    const text = withKey('k'.repeat(FIVE_MB))
    const { problems } = importDataset(text, 'big-key.json', { today: '2026-12-01' })
    expect(problems.filter((p) => p.path.includes('kkk'))).toHaveLength(1)
    for (const problem of problems) {
      expect(problem.path.length).toBeLessThanOrEqual(MAX_PROBLEM_TEXT)
      expect(problem.message.length).toBeLessThanOrEqual(MAX_PROBLEM_TEXT)
    }
  })

  it('accepts right-to-left text, emoji and a byte-order mark, and keeps the text exactly', () => {
    const title = 'قمة باريس 🇫🇷🤝🇬🇧 שלום ‮txt.exe 👩🏽‍⚕️'
    const text = '\uFEFF' + sampleText((d) => Object.assign(d.events[0]!, { title, location: 'پاریس' }))
    const data = parseDataset(text)
    expect(data.events[0]!.title).toBe(title)
    expect(data.events[0]!.location).toBe('پاریس')
  })

  it('never hands back an object with a prototype-bearing key', () => {
    const data = parseDataset(sampleText())
    const walk = (value: unknown): void => {
      if (typeof value !== 'object' || value === null) return
      for (const key of Object.keys(value)) expect(['__proto__', 'constructor', 'prototype']).not.toContain(key)
      Object.values(value).forEach(walk)
    }
    walk(data)
    expect(Object.getPrototypeOf(data.events[0])).toBe(Object.prototype)
  })
})
