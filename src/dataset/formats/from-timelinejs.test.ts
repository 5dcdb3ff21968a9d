import { describe, expect, it } from 'vitest'
import { formatProblem } from '../problems'
import { validateDataset } from '../validate'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { importDataset } from './import-dataset'
import { TIME_ZONE_NOTE } from './timelinejs-dates'

const slide = (overrides: Record<string, unknown>) => ({
  start_date: { year: '2025', month: '3', day: '27' },
  text: { headline: 'Paris summit', text: '<p>Leaders meet.</p>' },
  ...overrides,
})

const TIMELINE = {
  title: { text: { headline: 'Coalition <i>weeks</i>', text: '<p>Spring 2025</p>' } },
  events: [
    slide({ unique_id: 'Paris Summit', group: 'Summits', media: { url: 'https://example.com/a', credit: '<a href="https://example.com">Example News</a>', caption: 'Leaders meet' } }),
    slide({ start_date: { year: 2025, month: 3 }, text: { headline: 'March sanctions' }, group: 'sanctions' }),
    slide({ start_date: { year: 2025, month: 3, day: 23 }, end_date: { year: 2025, month: 3, day: 25 }, text: { headline: 'Riyadh talks', text: 'Talks &amp; more' }, group: 'Economy', media: { url: 'https://example.com/a', credit: 'Other credit' } }),
    slide({ start_date: { year: 2025 }, text: { headline: 'Year only' } }),
    slide({ start_date: { year: 2025, month: 2 }, end_date: { year: 2025, month: 4 }, text: { headline: 'Months' } }),
    slide({ start_date: { year: 2025, month: 2, day: 30 }, text: { headline: 'Impossible' } }),
    slide({ text: { headline: '' } }),
  ],
}

const importTimeline = (value: unknown) => importDataset(JSON.stringify(value), 'coalition.json', { today: '2026-11-28' })

describe('TimelineJS import', () => {
  it('maps slides onto events and lists the ones it cannot use', () => {
    const { dataset, problems, format } = importTimeline(TIMELINE)
    expect(format).toBe('timelinejs')
    expect(validateDataset(dataset).ok).toBe(true)
    expect(dataset.meta).toMatchObject({ title: 'Coalition weeks', updated: '2026-11-28' })
    expect(dataset.meta.description).toMatch(/^Spring 2025\n\nImported from "coalition.json"/)
    expect(dataset.events.map(({ id, start, end, precision, category }) => ({ id, start, end, precision, category }))).toEqual([
      { id: 'paris-summit', start: '2025-03-27', end: undefined, precision: 'day', category: 'summit' },
      { id: 'march-sanctions-2025-03-01', start: '2025-03-01', end: undefined, precision: 'month', category: 'sanctions' },
      { id: 'riyadh-talks-2025-03-23', start: '2025-03-23', end: '2025-03-25', precision: 'day', category: 'economy' },
      { id: 'year-only-2025-01-01', start: '2025-01-01', end: undefined, precision: 'year', category: 'ungrouped' },
      { id: 'months-2025-02-01', start: '2025-02-01', end: '2025-04-30', precision: 'day', category: 'ungrouped' },
    ])
    // Groups are the categories, in the order they first appear after the default ones.
    expect(dataset.categories.map((c) => [c.id, c.label])).toEqual([['summit', 'Summits'], ['sanctions', 'Sanctions'], ['economy', 'Economy'], ['ungrouped', 'Ungrouped']])
    expect(problems.map(formatProblem)).toEqual([
      '$.events[4].end_date: Known only to the month at both ends; kept as the days from 2025-02-01 to 2025-04-30, with a date note saying so',
      '$.events[5].start_date: Not a real calendar date',
      '$.events[6].text.headline: Required field is missing',
    ])
    expect(dataset.events[4]!.dateNote).toBe('The source gives 2025-02 to 2025-04 (both ends only to the month); drawn over the whole of both, 2025-02-01 to 2025-04-30, not exact days.')
  })

  it('turns HTML text into plain text and credits into sources', () => {
    const { dataset } = importTimeline(TIMELINE)
    const [paris, sanctions, riyadh] = dataset.events
    expect(paris).toMatchObject({ title: 'Paris summit', summary: 'Leaders meet.', countries: [], actors: [] })
    expect(riyadh!.summary).toBe('Talks & more')
    expect(sanctions!.summary).toBe('March sanctions')
    expect(dataset.sources).toEqual([
      expect.objectContaining({ id: 'timelinejs-file', title: 'Coalition weeks', date: '2026-11-28' }),
      expect.objectContaining({ id: 'example-news-leaders-meet', publisher: 'Example News', title: 'Leaders meet', url: 'https://example.com/a', date: '2025-03-27' }),
    ])
    expect(sanctions!.sources).toEqual([{ source: 'timelinejs-file' }])
    // Same media URL, so the same source, whatever the credit says.
    expect(riyadh!.sources).toEqual(paris!.sources)
  })

  it('keeps hostile text as inert plain text and drops non-http links', () => {
    const hostile = {
      events: [
        slide({
          text: { headline: '<img src=x onerror=alert(1)>Summit', text: '<script>steal()</script>Fine &lt;script&gt;' },
          media: { url: 'javascript:alert(1)', credit: 'Wire', caption: '<b onmouseover="x()">Cap</b>' },
        }),
      ],
    }
    const { dataset, problems } = importTimeline(hostile)
    const event = dataset.events[0]!
    expect(event.title).toBe('Summit')
    expect(event.summary).toBe('Fine <script>')
    expect(dataset.sources).toEqual([expect.objectContaining({ publisher: 'Wire', title: 'Cap' })])
    expect(dataset.sources[0]).not.toHaveProperty('url')
    expect(JSON.stringify(dataset)).not.toMatch(/javascript:|onerror|steal/)
    expect(problems.map(formatProblem)).toEqual(['$.events[0].media.url: Only http(s) links are kept; this one was dropped'])
  })

  it('names a source after the host of an uncredited http link', () => {
    const { dataset } = importTimeline({ events: [slide({ media: { url: 'https://www.bbc.co.uk/news/1' } })] })
    expect(dataset.sources[0]).toMatchObject({ publisher: 'www.bbc.co.uk', title: 'Paris summit' })
  })

  it('refuses a timeline with no usable slide', () => {
    expect(() => importTimeline({ events: [slide({ start_date: { year: -300 } })] })).toThrow('Nothing to show: every event has a problem (1 found)')
  })

  it('reads every date form, eras and display dates from a file in the TimelineJS3 layout', () => {
    const text = readFileSync(join(import.meta.dirname, '../../test/fixtures/timelinejs/synthetic-eras-and-times.json'), 'utf8')
    const { dataset, problems } = importDataset(text, 'synthetic.json', { today: '2026-12-02' })
    expect(validateDataset(dataset).ok).toBe(true)
    expect(dataset.events.map(({ title, start, end, precision, category, dateNote }) => ({ title, start, end, precision, category, dateNote }))).toEqual([
      { title: 'Year only', start: '1900-01-01', end: undefined, precision: 'year', category: 'years', dateNote: undefined },
      { title: 'Year and month', start: '2025-03-01', end: undefined, precision: 'month', category: 'summit', dateNote: undefined },
      { title: 'A day', start: '2025-03-27', end: undefined, precision: 'day', category: 'summit', dateNote: undefined },
      { title: 'A time of day', start: '2025-03-27T14:30Z', end: undefined, precision: 'minute', category: 'press', dateNote: TIME_ZONE_NOTE },
      { title: 'A morning', start: '2025-03-27T09:00Z', end: '2025-03-27T11:15Z', precision: 'minute', category: 'press', dateNote: TIME_ZONE_NOTE },
      {
        title: 'Years at both ends', start: '1835-01-01', end: '1910-12-31', precision: 'day', category: 'ungrouped',
        dateNote: 'Shown in the source as "1835–1910". The source gives 1835 to 1910 (both ends only to the year); drawn over the whole of both, 1835-01-01 to 1910-12-31, not exact days.',
      },
      {
        title: 'Months at both ends', start: '2025-02-01', end: '2025-04-30', precision: 'day', category: 'ungrouped',
        dateNote: 'The source gives 2025-02 to 2025-04 (both ends only to the month); drawn over the whole of both, 2025-02-01 to 2025-04-30, not exact days.',
      },
      { title: 'Shown otherwise', start: '2025-03-01', end: undefined, precision: 'month', category: 'ungrouped', dateNote: 'Shown in the source as "Spring 2025".' },
    ])
    // A protocol-relative media URL is a link, read as https; nothing is fetched.
    expect(dataset.sources).toContainEqual(expect.objectContaining({ publisher: 'Example Photos', url: 'https://example.com/photo.jpg' }))
    expect(dataset.eras).toEqual([
      { title: 'A long life', start: '1835-01-01', end: '1910-12-31' },
      { title: 'March 2025', start: '2025-03-01', end: '2025-03-31' },
    ])
    expect(problems.map(formatProblem)).toEqual([
      '$.events[5].end_date: Known only to the year at both ends; kept as the days from 1835-01-01 to 1910-12-31, with a date note saying so',
      '$.events[6].end_date: Known only to the month at both ends; kept as the days from 2025-02-01 to 2025-04-30, with a date note saying so',
      '$.events[8].start_date: The year -300 is outside the years this app can show (1000–2999)',
      '$.eras[2].start_date: The year 600 is outside the years this app can show (1000–2999); this era is left out',
      '$.eras[3].end_date: An era needs an end date; this era is left out',
    ])
  })

  it('keeps a span that stays within one year or month as that year or month, and drops a time at one end only', () => {
    const spans = {
      events: [
        slide({ start_date: { year: 1999 }, end_date: { year: 1999 } }),
        slide({ start_date: { year: 2025, month: 3 }, end_date: { year: 2025, month: 3 } }),
        slide({ start_date: { year: 2025, month: 3, day: 27, hour: 9 }, end_date: { year: 2025, month: 3, day: 28 } }),
        slide({ start_date: { year: 2025, month: 3, day: 20 }, end_date: { year: 2025, month: 4 } }),
      ],
    }
    const { dataset } = importTimeline(spans)
    expect(dataset.events.map(({ start, end, precision }) => [start, end, precision])).toEqual([
      ['1999-01-01', undefined, 'year'],
      ['2025-03-01', undefined, 'month'],
      ['2025-03-27', '2025-03-28', 'day'],
      ['2025-03-20', '2025-04-30', 'day'],
    ])
    expect(dataset.events[2]!.dateNote).toMatch(/time of day at one end was left out/)
    expect(dataset.events[3]!.dateNote).toMatch(/the start to the day and the end to the month/)
  })
})

describe('TimelineJS import at scale', () => {
  // The timeout is for a slow, busy machine (2 s here); the quadratic importer took 31 s.
  it('reads 20,000 slides, each with its own credit, keeping them all', { timeout: 20_000 }, () => {
    const events = Array.from({ length: 20_000 }, (_, i) =>
      slide({ media: { url: `https://example.com/${i}`, credit: `Credit ${i}` } }),
    )
    const { dataset } = importTimeline({ events })
    expect(dataset.events).toHaveLength(20_000)
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(20_000)
    expect(dataset.sources).toHaveLength(20_000)
  })
})
