import { describe, expect, it } from 'vitest'
import { headerSeparator, normaliseLineEndings, splitList } from '../../dataset/formats/csv-text'
import { importDataset } from '../../dataset/formats/import-dataset'
import { oldGeneration } from '../../dataset/formats/event-transport'
import { normaliseText } from '../../dataset/normalise-text'
import { slugify } from '../../dataset/formats/slugify'
import { clipText, jsonPath, MAX_PROBLEM_TEXT } from '../../dataset/problems'

/**
 * The text functions that see untrusted input, each fed a megabyte of the input that would be its worst
 * case if it were not linear. Results are asserted, not times: `npm run bench` prints those.
 * (htmlToText has its own megabyte cases in html-to-text.test.ts.)
 */
const MB = 1_000_000
const characters = (text: string) => [...text].length

describe('slugging a megabyte', () => {
  it.each<[string, string, string]>([
    ['of separators', '-'.repeat(MB), ''],
    ['of alternating letters and separators', 'a-'.repeat(MB / 2), `${'a-'.repeat(60).slice(0, 119)}`],
    ['of combining marks', `e${'\u0301'.repeat(MB)}`, 'e'],
    ['of punctuation runs between letters', 'a;,. '.repeat(MB / 5), 'a-'.repeat(60).slice(0, 119)],
    ['of non-Latin text', 'Київ'.repeat(MB / 4), ''],
  ])('%s', (_, input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('normalises a megabyte of spaces and accents for matching', () => {
    expect(normaliseText(`${' \t'.repeat(MB / 2)}É${'\u0301'.repeat(1000)}${' '.repeat(MB)}x`)).toBe('e x')
  })
})

describe('problem text from a megabyte', () => {
  it('clips text and paths to the cap, counting code points', () => {
    expect(characters(clipText('🇺'.repeat(MB)))).toBe(MAX_PROBLEM_TEXT)
    expect(characters(jsonPath(['events', 0, 'k'.repeat(MB)]))).toBeLessThanOrEqual(MAX_PROBLEM_TEXT)
    expect(characters(jsonPath(Array.from({ length: MB / 10 }, (_, i) => i)))).toBeLessThanOrEqual(MAX_PROBLEM_TEXT)
  })

  it.each<[string, string]>([
    ['a megabyte-long column name', `title,start,category,countries,source_title,source_publisher,source_date,${'c'.repeat(MB)}\nT,2025-03-27,summit,FR,T,P,2025-03-27,x`],
    ['a megabyte-long header with no known column', `${'"x",'.repeat(MB / 4)}\n1`],
    ['a megabyte-long actor name', `title,start,category,countries,actors,source_title,source_publisher,source_date\nT,2025-03-27,summit,FR,${'n'.repeat(MB)},T,P,2025-03-27\nU,2025-03-27,summit,FR,,T,P,2025-03-27`],
    ['a megabyte of one unclosed list quote', `title,start,category,countries,actors,source_title,source_publisher,source_date\nT,2025-03-27,summit,FR,"""${'; '.repeat(MB / 2)}",T,P,2025-03-27`],
  ])('keeps the problems of %s short', (_, csv) => {
    let problems
    try {
      problems = importDataset(csv, 'big.csv', { today: '2026-11-28' }).problems
    } catch (error) {
      problems = (error as { problems: { path: string; message: string }[] }).problems
    }
    expect(problems.length).toBeGreaterThan(0)
    for (const { path, message } of problems) {
      expect(characters(path)).toBeLessThanOrEqual(MAX_PROBLEM_TEXT)
      expect(characters(message)).toBeLessThanOrEqual(MAX_PROBLEM_TEXT)
    }
  })
})

describe('CSV text rules on a megabyte', () => {
  it.each<[string, string, string]>([
    ['a header of a megabyte of separators', ';'.repeat(MB), 'events.csv'],
    ['broken JSON of separators, named .csv', `{"title":"${';'.repeat(MB)}`, 'timeline.csv'],
    ['an ACLED header followed by a megabyte of empty columns', `event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1${','.repeat(MB)}`, 'acled.csv'],
    ['a megabyte of columns after a quoted line end', `title,"\n${'",'.repeat(MB / 2)}\n1`, 'events.csv'],
  ])('refuses %s by its column count, before reading a row', (_, csv, name) => {
    expect(() => importDataset(csv, name)).toThrow(
      expect.objectContaining({ message: 'The CSV has more than 1,000 columns, more than any event table', problems: [{ path: 'row 1', message: 'This app reads at most 1,000 columns; is the separator right?' }] }),
    )
  })


  it('reads a row after 250,000 blank lines ending in lone CRs, numbering it as a spreadsheet does', () => {
    const csv = `title,start,category,countries,source_title,source_publisher,source_date\r${'\r'.repeat(MB / 4)}T,2025-02-30,summit,FR,T,P,2025-03-27`
    expect(() => importDataset(csv, 'blank.csv')).toThrow(expect.objectContaining({ problems: [{ path: `row ${MB / 4 + 2}, column "start"`, message: 'Not a real calendar date' }] }))
  })

  it('reads a megabyte-long list and line ends', () => {
    expect(splitList('a;'.repeat(MB / 2))).toHaveLength(MB / 2)
    expect(normaliseLineEndings(`a\r\n${'"x\r\n",'.repeat(MB / 7)}\r`, ',')).toBe(`a\n${'"x\r\n",'.repeat(MB / 7)}\n`)
    expect(headerSeparator(';'.repeat(MB))).toBe(';')
  })
})

describe("the unpacker's strings, a megabyte of them", () => {
  it.each<[string, number]>([
    ['1,000 characters each, alike but for the end', 1000],
    ['8 characters each', 8],
  ])('gives them all back in order: %s', (_, size) => {
    const strings = Array.from({ length: MB / size }, (_, i) => String(i).padStart(size, 'x'))
    expect(oldGeneration(strings)).toEqual(strings)
  })
})
