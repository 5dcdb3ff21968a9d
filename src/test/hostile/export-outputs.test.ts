import { describe, expect, it } from 'vitest'
import { escapeBidiControls, stripBidiControls } from '../../dataset/bidi'
import { validateDataset } from '../../dataset/validate'
import { citeView } from '../../domain/cite-view'
import { eventsToCsv } from '../../domain/export/to-csv'
import { eventsToIcal } from '../../domain/export/to-ical'
import { datasetToJson } from '../../domain/export/to-json'
import { EXPORT_NOW, exportFixture, parseIcalEvents } from '../export-fixture'
import { sampleDataset } from '../sample-dataset'

const CONTROLS = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C'
const hasControl = (text: string) => /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/.test(text)

function hostile() {
  const raw = sampleDataset()
  raw.meta.title = `Sample\u202E`
  raw.events[0]!.title = `Paris ${CONTROLS} summit`
  const result = validateDataset(raw)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.data
}

describe('bidirectional controls in dataset text', () => {
  it('are stripped, not the words', () => {
    expect(stripBidiControls(`a${CONTROLS}b عربي`)).toBe('ab عربي')
  })

  it('are escaped in JSON, which still parses back to the same text', () => {
    const json = escapeBidiControls(JSON.stringify({ t: `x\u202Ey` }))
    expect(hasControl(json)).toBe(false)
    expect(JSON.parse(json)).toEqual({ t: 'x\u202Ey' })
  })

  it('never reach a citation or an export', () => {
    const data = hostile()
    const citation = citeView(data.meta, 'https://example.org/?e=paris-summit', new Date(Date.UTC(2026, 11, 1)))
    expect(citation).toMatch(/^Sample \(version 1\.0\.0\)\. Coalition Timeline\./)
    for (const text of [citation, eventsToCsv(data, data.events), eventsToIcal(data, data.events, { now: new Date() }), datasetToJson(data)]) {
      expect(hasControl(text)).toBe(false)
    }
    expect(JSON.parse(datasetToJson(data)).events[0].title).toBe(`Paris ${CONTROLS} summit`)
  })
})

describe('the calendar export of dates and links at the edges', () => {
  it('gives an event reaching past 9999-12-31 a DURATION, since DTEND cannot name the year 10000', () => {
    const data = exportFixture()
    const [day, week, month] = data.events
    Object.assign(day!, { start: '9999-12-31', end: undefined, precision: 'day' })
    Object.assign(week!, { start: '9999-12-27', precision: 'week' })
    Object.assign(month!, { start: '9999-12-01', precision: 'month' })
    const text = eventsToIcal(data, [day!, week!, month!], { now: EXPORT_NOW })
    expect(text).not.toMatch(/\+0100|DTEND/)
    expect(text.match(/^DURATION:.*$/gm)).toEqual(['DURATION:P1D', 'DURATION:P7D', 'DURATION:P31D'])
    expect(parseIcalEvents(text).map((e) => [e.startDate.toString(), e.duration.toString()])).toEqual([
      ['9999-12-31', 'P1D'],
      ['9999-12-27', 'P7D'],
      ['9999-12-01', 'P31D'],
    ])
    // The day before keeps its DTEND.
    Object.assign(day!, { start: '9999-12-30' })
    expect(eventsToIcal(data, [day!], { now: EXPORT_NOW })).toContain('DTEND;VALUE=DATE:99991231\r\n')
  })

  it('percent-encodes spaces and control characters in URLs, in URL and in the description', () => {
    const data = exportFixture()
    data.sources[0]!.url = 'https://example.com/a report\u0001.html?q=x y'
    const event = data.events[0]!
    const text = eventsToIcal(data, [event], { now: EXPORT_NOW })
    const unfolded = text.replace(/\r\n /g, '')
    expect(unfolded).toContain('URL:https://example.com/a%20report%01.html?q=x%20y\r\n')
    expect(unfolded).not.toContain('\u0001')
    expect(parseIcalEvents(text)[0]!.description).toContain(' https://example.com/a%20report%01.html?q=x%20y')
  })
})
