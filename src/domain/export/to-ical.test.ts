import { describe, expect, it } from 'vitest'
import { EXPORT_NOW, exportFixture, parseIcalEvents } from '../../test/export-fixture'
import { escapeText, foldLine } from './ical-text'
import { eventsToIcal } from './to-ical'

describe('eventsToIcal', () => {
  const data = exportFixture()
  const text = eventsToIcal(data, data.events, { now: EXPORT_NOW })

  it('writes one all-day VEVENT per event with an exclusive end', () => {
    const events = parseIcalEvents(text)
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.endDate.toString(), e.startDate.isDate])).toEqual([
      ['paris-summit@sample.coalition-timeline', '2025-03-27', '2025-03-28', true],
      ['chiefs-meet@sample.coalition-timeline', '2025-03-24', '2025-03-31', true],
      ['tricky-text@sample.coalition-timeline', '2025-03-01', '2025-04-01', true],
    ])
    expect(text).toContain('DTSTAMP:20261128T132238Z\r\n')
  })

  it('round-trips escaped text exactly', () => {
    const tricky = parseIcalEvents(text)[2]!
    expect(tricky.summary).toBe('=SUM(1;2), "quoted" \\ backslash')
    expect(tricky.location).toBe('Kyiv, Ukraine')
    expect(tricky.description).toBe(
      [
        'Line one; with, commas\nLine two — Élysée ✓ 🇺🇦',
        'Date known only to the month: this entry covers the whole month (March 2025).',
        'Date: Reported as "in March".',
        'Sources:\n- Example News, “Leaders meet”, 27 March 2025 https://example.com/leaders-meet\n- Wire, “Other report”, 20 March 2025',
      ].join('\n\n'),
    )
  })

  it('names disputes and week precision in the description', () => {
    const chiefs = parseIcalEvents(text)[1]!
    expect(chiefs.description).toContain('Date known only to the week: this entry covers the whole week')
    expect(chiefs.description).toContain('Disputed: They met in London — Another report says Paris')
  })

  it('uses CRLF only and keeps every line within 75 octets', () => {
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
  })
})

describe('eventsToIcal at the edges', () => {
  it('writes a timed event at its UTC instants, a year as all of it, and the category by its label', () => {
    const data = exportFixture()
    const [timed, year] = data.events
    Object.assign(timed!, { start: '2025-03-27T14:30+01:00', end: '2025-03-27T16:00+01:00', precision: 'minute' })
    Object.assign(year!, { start: '1835-01-01', precision: 'year' })
    data.categories = data.categories.map((c) => (c.id === timed!.category ? { ...c, label: 'Leaders meet' } : c))
    const text = eventsToIcal(data, [timed!, year!], { now: EXPORT_NOW })
    expect(text).toContain('DTSTART:20250327T133000Z\r\nDTEND:20250327T150100Z\r\n')
    expect(text).toContain('CATEGORIES:Leaders meet\r\n')
    const [, yearEvent] = parseIcalEvents(text)
    expect([yearEvent!.startDate.toString(), yearEvent!.endDate.toString()]).toEqual(['1835-01-01', '1836-01-01'])
  })
})

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and every newline form', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng')
  })
})

describe('foldLine', () => {
  it('leaves a short line alone', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short')
  })

  it('folds long non-ASCII text without splitting a character, and unfolds to the original', () => {
    const line = `DESCRIPTION:${'Élysée — Київ 🇺🇦 '.repeat(20)}`
    const folded = foldLine(line)
    const parts = folded.split('\r\n')
    expect(parts.length).toBeGreaterThan(5)
    for (const part of parts) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75)
      // A split surrogate pair or multi-byte sequence would not survive a strict UTF-8 round trip.
      expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(part))).toBe(part)
      expect(part).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/)
    }
    expect(parts.slice(1).every((p) => p.startsWith(' '))).toBe(true)
    expect(folded.replace(/\r\n /g, '')).toBe(line)
  })

  it('fills lines to exactly 75 octets when it can', () => {
    const parts = foldLine('x'.repeat(200)).split('\r\n')
    expect(parts.map((p) => p.length)).toEqual([75, 75, 52])
  })

  it('survives folding in ical.js with the text intact', () => {
    const data = exportFixture()
    data.events[0]!.summary = 'Ελληνικά και русский текст, 日本語のテキスト; '.repeat(12).trim()
    const [event] = parseIcalEvents(eventsToIcal(data, [data.events[0]!], { now: EXPORT_NOW }))
    expect(event!.description.startsWith(data.events[0]!.summary)).toBe(true)
  })
})
