import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { CSV_COLUMN_NAMES } from '../../dataset/formats/csv-columns'
import { importDataset } from '../../dataset/formats/import-dataset'
import type { Dataset, TimelineEvent } from '../../dataset/schema'
import { exportFixture } from '../../test/export-fixture'
import { eventsToCsv } from './to-csv'

function comparable(event: TimelineEvent, dataset: Dataset) {
  const source = dataset.sources.find((s) => s.id === event.sources[0]?.source)
  const { id, title, summary, start, end, precision, dateNote, category, countries, location } = event
  const actors = event.actors.map((a) => dataset.actors.find((x) => x.id === a)?.name)
  return { id, title, summary, start, end, precision, dateNote, category, countries, location, actors, source: { ...source, id: undefined, paragraphs: undefined } }
}

describe('eventsToCsv', () => {
  it('writes the import columns, one row per event', () => {
    const data = exportFixture()
    const rows = Papa.parse<string[]>(eventsToCsv(data, data.events).slice(1), { skipEmptyLines: true }).data
    expect(rows[0]).toEqual(CSV_COLUMN_NAMES)
    expect(rows).toHaveLength(data.events.length + 1)
    expect(rows[1]).toContain('Keir Starmer; Emmanuel Macron')
  })

  it('round-trips through the CSV import', () => {
    const data = exportFixture()
    const csv = eventsToCsv(data, data.events)
    const back = importDataset(csv, 'view.csv', { today: '2026-11-28' })
    expect(back.problems).toEqual([])
    expect(back.dataset.events.map((e) => comparable(e, back.dataset))).toEqual(data.events.map((e) => comparable(e, data)))
  })

  it('keeps spreadsheets from running a cell as a formula', () => {
    const data = exportFixture()
    const csv = eventsToCsv(data, data.events.filter((e) => e.id === 'tricky-text'))
    expect(csv).toContain(`"'=SUM(1;2), ""quoted"" \\ backslash"`)
    expect(csv.startsWith('\uFEFFid,title,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('gives back a name holding the list separator, and text starting with an apostrophe, exactly', () => {
    const data = exportFixture()
    data.actors[0]!.name = 'Smith; John'
    data.actors[1]!.name = 'Dwayne "The Rock" Johnson'
    const event = data.events.find((e) => e.id === 'paris-summit')!
    Object.assign(event, { title: "'=literal", summary: "'quoted from the start", location: "''" })
    const csv = eventsToCsv(data, [event])
    expect(csv).toContain(`"''=literal","''quoted from the start"`)
    expect(csv).toContain('"""Smith; John""; ""Dwayne """"The Rock"""" Johnson"""')
    const back = importDataset(csv, 'view.csv', { today: '2026-11-28' })
    expect(back.dataset.events.map((e) => comparable(e, back.dataset))).toEqual([comparable(event, data)])
  })

  it('exports only the events it is given', () => {
    const data = exportFixture()
    const csv = eventsToCsv(data, [data.events[1]!])
    expect(importDataset(csv, 'view.csv').dataset.events.map((e) => e.id)).toEqual(['chiefs-meet'])
  })
})
