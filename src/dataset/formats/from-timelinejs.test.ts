import { describe, expect, it } from 'vitest'
import { formatProblem } from '../problems'
import { validateDataset } from '../validate'
import { importDataset } from './import-dataset'

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
      { id: 'riyadh-talks-2025-03-23', start: '2025-03-23', end: '2025-03-25', precision: 'day', category: 'statement' },
    ])
    expect(problems.map(formatProblem)).toEqual([
      '$.events[2].group: Group "Economy" is not a category; kept as "statement"',
      '$.events[3].start_date: Known only to the year 2025; give at least a month',
      '$.events[4].end_date: A span known only to the month cannot be shown; give days for both dates',
      '$.events[5].start_date: Not a real calendar date',
      '$.events[6].text.headline: Required field is missing',
    ])
  })

  it('turns HTML text into plain text and credits into sources', () => {
    const { dataset } = importTimeline(TIMELINE)
    const [paris, sanctions, riyadh] = dataset.events
    expect(paris).toMatchObject({ title: 'Paris summit', summary: 'Leaders meet.', countries: ['ZZ'], actors: [] })
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
    expect(() => importTimeline({ events: [slide({ start_date: { year: 2025 } })] })).toThrow('Nothing to show: every event has a problem (1 found)')
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
