import { describe, expect, it } from 'vitest'
import { sampleDataset } from '../../test/sample-dataset'
import { DatasetError, formatProblem } from '../problems'
import { validateDataset } from '../validate'
import { importDataset } from './import-dataset'

type Sample = ReturnType<typeof sampleDataset>
const importJson = (value: unknown, name = 'data.json') => importDataset(JSON.stringify(value), name, { today: '2026-11-28' })

function broken(breakIt: (data: Sample) => void): Sample {
  const data = sampleDataset()
  breakIt(data)
  return data
}

describe('importDataset, by content before name', () => {
  it('opens a dataset saved as .csv as the dataset it is', () => {
    const result = importJson(sampleDataset(), 'saved-wrongly.csv')
    expect(result).toMatchObject({ format: 'app', problems: [] })
    expect(result.dataset.events).toHaveLength(2)
  })

  it('opens a CSV saved as .json as a CSV', () => {
    const csv = 'title,start,category,countries,source_title,source_publisher,source_date\nTalks,2025-03-23,negotiation,SA,Talks,Wire,2025-03-25'
    const result = importDataset(csv, 'saved-wrongly.json', { today: '2026-11-28' })
    expect(result.format).toBe('csv')
    expect(result.dataset.events.map((e) => e.title)).toEqual(['Talks'])
  })
})

describe('importDataset, app format', () => {
  it('passes a valid dataset through with no problems', () => {
    const result = importJson(sampleDataset())
    expect(result).toMatchObject({ format: 'app', problems: [] })
    expect(result.dataset.events).toHaveLength(2)
  })

  it('keeps the valid events and reports the invalid one', () => {
    const { dataset, problems } = importJson(broken((d) => void (d.events[1]!.start = '2025-02-30')))
    expect(dataset.events.map((e) => e.id)).toEqual(['paris-summit'])
    expect(problems.map(formatProblem)).toEqual(['$.events[1].start: Not a real calendar date'])
  })

  it('drops a broken actor and the events that refer to it', () => {
    const { dataset, problems } = importJson(broken((d) => void (d.actors[0]!.country = 'XX')))
    expect(dataset.actors.map((a) => a.id)).toEqual(['emmanuel-macron'])
    expect(dataset.events.map((e) => e.id)).toEqual(['chiefs-meet'])
    expect(problems.map(formatProblem)).toEqual([
      '$.actors[0].country: Unknown country code "XX"',
      '$.events[0].actors[0]: Unknown actor id "keir-starmer"',
      '$.events[0].quotes[0].speaker: Unknown actor id "keir-starmer"',
    ])
  })

  it('drops a broken source and the events citing it', () => {
    const { dataset, problems } = importJson(broken((d) => void (d.sources[1]!.url = 'javascript:alert(1)')))
    expect(dataset.sources.map((s) => s.id)).toEqual(['article'])
    expect(dataset.events.map((e) => e.id)).toEqual(['paris-summit'])
    expect(problems.map(formatProblem)).toEqual([
      '$.sources[1].url: Expected an http(s) URL',
      '$.events[1].sources[0].source: Unknown source id "wire"',
      '$.events[1].disputes[0].sources[0].source: Unknown source id "wire"',
    ])
  })

  it('falls back field by field for a broken meta and ignores unknown keys', () => {
    const data = { ...broken((d) => Object.assign(d.meta, { version: 'one', licence: '' })), extra: true }
    const { dataset, problems } = importJson(data, 'my-file.json')
    expect(dataset.meta).toMatchObject({ title: 'Sample', version: '1.0.0', licence: 'Not stated in the imported file.' })
    expect(problems.map(formatProblem)).toEqual([
      '$.extra: Unknown field "extra"; ignored',
      '$.meta.version: Expected a semantic version such as "1.0.0"',
      '$.meta.licence: Must not be empty',
    ])
    expect(validateDataset(dataset).ok).toBe(true)
  })

  it('keeps the first of two events with the same id', () => {
    const { dataset, problems } = importJson(broken((d) => void (d.events[1]!.id = 'paris-summit')))
    expect(dataset.events).toHaveLength(1)
    expect(problems.map(formatProblem)).toEqual(['$.events[1].id: Duplicate event id "paris-summit"; the first one is kept'])
  })

  it.each<[string, string, string, RegExp]>([
    ['not JSON at all', '{"meta": ', 'x.json', /not valid JSON/],
    ['JSON without events', '{"meta": {}}', 'x.json', /not a Coalition Timeline dataset: it has no list of events/],
    ['no valid event', JSON.stringify(broken((d) => d.events.forEach((e) => void (e.category = 'x' as 'summit')))), 'x.json', /Nothing to show: every event has a problem \(2 found\)/],
    ['a valid dataset with no events', JSON.stringify({ ...sampleDataset(), events: [] }), 'x.json', /Nothing to show: it has no events/],
    ['a binary file', '\u0000\u0001PK', 'x.xlsx', /neither a dataset \(JSON\) nor a CSV/],
    ['an empty file, whatever its name', '', 'x.csv', /The dataset file is empty/],
  ])('throws a DatasetError for %s', (_name, text, fileName, message) => {
    const attempt = () => importDataset(text, fileName)
    expect(attempt).toThrow(DatasetError)
    expect(attempt).toThrow(message)
  })
})

describe('importDataset, with no events at all', () => {
  it.each<[string, string, string]>([
    ['a dataset', JSON.stringify({ ...sampleDataset(), events: [] }), '$.events: The list of events is empty'],
    ['a CSV with only its header', 'title,start,category,countries,source_title,source_publisher,source_date\r\n', 'row 2: No rows of events below the header'],
  ])('lists where the events were expected in %s', (_name, text, problem) => {
    try {
      importDataset(text, 'x')
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError)
      expect((error as DatasetError).message).toBe('Nothing to show: it has no events')
      expect((error as DatasetError).problems.map(formatProblem)).toEqual([problem])
    }
  })
})
