import { describe, expect, it } from 'vitest'
import { sampleDataset } from '../test/sample-dataset'
import { DatasetError, formatProblem } from './problems'
import { parseDataset, validateDataset } from './validate'

type Sample = ReturnType<typeof sampleDataset>

function problemsAfter(breakIt: (data: Sample) => void): string[] {
  const data = sampleDataset()
  breakIt(data)
  const result = validateDataset(data)
  return result.ok ? [] : result.problems.map(formatProblem)
}

const first = (data: Sample) => data.events[0]!
const PARIS = { lat: 48.85341, lon: 2.3488, precision: 'city' as const, gazetteer: { name: 'GeoNames', id: '2988507' } }

describe('validateDataset', () => {
  it('accepts a valid dataset and fills defaults', () => {
    const result = validateDataset(sampleDataset())
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.data.events[1]!.quotes).toEqual([])
  })

  it.each<[string, (data: Sample) => void, string]>([
    ['a missing title', (d) => void delete (first(d) as Partial<Sample['events'][0]>).title, '$.events[0].title: Required field is missing'],
    ['an impossible date', (d) => void (first(d).start = '2025-02-30'), '$.events[0].start: Not a real calendar date'],
    ['a malformed date', (d) => void (first(d).start = '27/03/2025'), '$.events[0].start: Expected a date as YYYY-MM-DD'],
    ['an undeclared category', (d) => void (first(d).category = 'party'), `$.events[0].category: Unknown category "party": the dataset's categories do not declare it`],
    ['a duplicate category', (d) => void (d.categories = [{ id: 'summit', label: 'A' }, { id: 'summit', label: 'B' }]), '$.categories[1].id: Duplicate category id "summit"'],
    ['a minute event without a time', (d) => void Object.assign(first(d), { precision: 'minute', start: '2025-03-27' }), '$.events[0].start: Minute precision needs a time with its offset'],
    ['a time without minute precision', (d) => void Object.assign(first(d), { start: '2025-03-27T10:00Z' }), '$.events[0].start: A time of day needs precision "minute"'],
    ['a time without an offset', (d) => void Object.assign(first(d), { precision: 'minute', start: '2025-03-27T10:00' }), '$.events[0].start: Expected a date as YYYY-MM-DD, or a time'],
    ['an impossible time', (d) => void Object.assign(first(d), { precision: 'minute', start: '2025-03-27T24:30+01:00' }), '$.events[0].start: Not a real date and time'],
    ['a minute span that ends before it starts', (d) => void Object.assign(first(d), { precision: 'minute', start: '2025-03-27T10:00+01:00', end: '2025-03-27T09:30+01:00' }), '$.events[0].end: End 2025-03-27T09:30+01:00 is before start'],
    ['a year that is not 1 January', (d) => void Object.assign(first(d), { precision: 'year', start: '1835-11-30' }), '$.events[0].start: Year precision needs 1 January of the year'],
    ['a year before 1000', (d) => void (first(d).start = '0999-12-31'), '$.events[0].start: Years from 1000 to 2999 are supported'],
    ['a year after 2999', (d) => void (first(d).start = '3000-01-01'), '$.events[0].start: Years from 1000 to 2999 are supported'],
    ['a format version from the future', (d) => void Object.assign(d, { formatVersion: 3 }), '$.formatVersion: Written for format version 3; this version of the app reads versions 1 to 2'],
    ['an unknown key', (d) => void Object.assign(first(d), { colour: 'red' }), '$.events[0].colour: Unknown field "colour"'],
    ['an id that is not a slug', (d) => void (first(d).id = 'Paris Summit'), '$.events[0].id: Expected a lowercase slug'],
    ['a javascript: URL', (d) => void (d.sources[0]!.url = 'javascript:alert(1)'), '$.sources[0].url: Expected an http(s) URL'],
    ['a bad country code', (d) => void (first(d).countries = ['France']), '$.events[0].countries[0]: Expected an ISO 3166-1 alpha-2 code'],
    ['a short title over 40 characters', (d) => void (first(d).shortTitle = 'x'.repeat(41)), '$.events[0].shortTitle: Too long: 41 characters, at most 40 allowed'],
    ['no sources', (d) => void (first(d).sources = []), '$.events[0].sources: Too small'],
  ])('reports %s with its JSON path', (_, breakIt, expected) => {
    expect(problemsAfter(breakIt).join('\n')).toContain(expected)
  })

  it.each<[string, (data: Sample) => void, string]>([
    ['a duplicate event id', (d) => void (d.events[1]!.id = 'paris-summit'), '$.events[1].id: Duplicate event id "paris-summit" (first used at index 0)'],
    ['a duplicate actor id', (d) => void (d.actors[1]!.id = 'keir-starmer'), '$.actors[1].id: Duplicate actor id "keir-starmer"'],
    ['an unknown actor', (d) => void (first(d).actors = ['nobody']), '$.events[0].actors[0]: Unknown actor id "nobody"'],
    ['an unknown speaker', (d) => void (first(d).quotes![0]!.speaker = 'nobody'), '$.events[0].quotes[0].speaker: Unknown actor id "nobody"'],
    ['an unknown source', (d) => void (first(d).sources = [{ source: 'rumour' }]), '$.events[0].sources[0].source: Unknown source id "rumour"'],
    ['a paragraph the source lacks', (d) => void (first(d).sources = [{ source: 'article', paragraphs: [3] }]), '$.events[0].sources[0].paragraphs[0]: Paragraph 3 does not exist: source "article" has 2 paragraphs'],
    ['paragraphs of a source without text', (d) => void (first(d).sources = [{ source: 'wire', paragraphs: [1] }]), 'source "wire" has no numbered paragraphs'],
    ['an end before the start', (d) => void (first(d).end = '2025-03-26'), '$.events[0].end: End 2025-03-26 is before start 2025-03-27'],
    ['a week that does not start on Monday', (d) => void (d.events[1]!.start = '2025-03-26'), '$.events[1].start: Week precision needs the Monday of that week'],
    ['a month that does not start on the 1st', (d) => Object.assign(d.events[1]!, { precision: 'month', start: '2025-03-24' }), 'Month precision needs the 1st of the month'],
    ['an unknown country', (d) => void (first(d).countries = ['XX']), '$.events[0].countries[0]: Unknown country code "XX"'],
    ['coordinates with no named location', (d) => void Object.assign(d.events[1]!, { place: PARIS }), '$.events[1].place: Coordinates need a named location beside them'],
    [
      'one named place at two points',
      (d) => {
        first(d).place = PARIS
        Object.assign(d.events[1]!, { location: 'Paris', place: { ...PARIS, lat: 48.9 } })
      },
      '$.events[1].place: "Paris" has other coordinates at events[0]: one place, one point',
    ],
    ['a latitude past the pole', (d) => void (first(d).place = { ...PARIS, lat: 91 }), '$.events[0].place.lat: Too big'],
    ['a longitude off the globe', (d) => void (first(d).place = { ...PARIS, lon: -181 }), '$.events[0].place.lon: Too small'],
    ['a dispute citing an unknown source', (d) => void (d.events[1]!.disputes![0]!.sources = [{ source: 'nope' }]), '$.events[1].disputes[0].sources[0].source: Unknown source id "nope"'],
  ])('reports %s', (_, breakIt, expected) => {
    expect(problemsAfter(breakIt).join('\n')).toContain(expected)
  })

  it('accepts the same place at the same point twice', () => {
    expect(
      problemsAfter((d) => {
        first(d).place = PARIS
        Object.assign(d.events[1]!, { location: 'Paris', place: { ...PARIS } })
      }),
    ).toEqual([])
  })

  it('reports every problem at once, not just the first', () => {
    const problems = problemsAfter((d) => {
      first(d).actors = ['nobody']
      d.events[1]!.id = 'paris-summit'
    })
    expect(problems).toHaveLength(2)
  })
})

describe('parseDataset', () => {
  it('names the JSON syntax error', () => {
    expect(() => parseDataset('{"meta": ')).toThrow(DatasetError)
    try {
      parseDataset('{"meta": ')
    } catch (error) {
      expect((error as DatasetError).message).toBe('The dataset is not valid JSON')
      expect((error as DatasetError).problems[0]!.message).toMatch(/JSON/)
    }
  })

  it('counts the problems in its message', () => {
    expect(() => parseDataset('{}')).toThrow('The dataset has 4 problems')
  })
})
