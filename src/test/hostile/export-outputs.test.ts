import { describe, expect, it } from 'vitest'
import { sampleDataset } from '../test/sample-dataset'
import { validateDataset } from '../dataset/validate'
import { escapeBidiControls, stripBidiControls } from '../dataset/bidi'
import { citeView } from './cite-view'
import { eventsToCsv } from './export/to-csv'
import { eventsToIcal } from './export/to-ical'
import { datasetToJson } from './export/to-json'

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
