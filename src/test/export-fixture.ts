import ICAL from 'ical.js'
import type { Dataset } from '../dataset/schema'
import { validateDataset } from '../dataset/validate'
import { sampleDataset } from './sample-dataset'

/** The shared sample, parsed (defaults filled), plus an event whose text needs every kind of escaping. */
export function exportFixture(): Dataset {
  const input = sampleDataset()
  input.events.push({
    id: 'tricky-text',
    title: '=SUM(1;2), "quoted" \\ backslash',
    summary: 'Line one; with, commas\nLine two — Élysée ✓ 🇺🇦',
    start: '2025-03-01',
    precision: 'month',
    dateNote: 'Reported as "in March".',
    category: 'statement',
    countries: ['UA'],
    actors: ['emmanuel-macron'],
    location: 'Kyiv, Ukraine',
    sources: [{ source: 'article' }, { source: 'wire' }],
  })
  const result = validateDataset(input)
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'))
  return result.data
}

/** A fixed "now" for exports that stamp the time they were made. */
export const EXPORT_NOW = new Date('2026-11-28T13:22:38.123Z')

/** The VEVENTs of an iCalendar text, as ical.js reads them. */
export function parseIcalEvents(text: string): ICAL.Event[] {
  const calendar = new ICAL.Component(ICAL.parse(text))
  return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v))
}
