import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { formatProblem } from '../problems'
import { validateDataset } from '../validate'
import { ACLED_COLUMN_NAMES, acledColumnsMarkdown } from './acled-columns'
import { acledDate } from './acled-row'
import { countryCode } from './country-codes'
import { detectFormat } from './detect-format'
import { importDataset } from './import-dataset'

const FIXTURE = readFileSync(join(import.meta.dirname, '../../test/fixtures/acled/synthetic-export.csv'), 'utf8')
const importAcled = (text: string, onRows?: (done: number, total: number) => void) => importDataset(text, 'acled.csv', { today: '2026-12-02', onRows })

describe('ACLED import', () => {
  it('knows the 31 columns of an ACLED export, which the fixture has', () => {
    expect(ACLED_COLUMN_NAMES).toHaveLength(31)
    expect(FIXTURE.split('\n', 1)[0]!.split(',')).toEqual(ACLED_COLUMN_NAMES)
    expect(acledColumnsMarkdown().split('\n')).toHaveLength(33)
  })

  it('is told apart from the app’s CSV by its header, after a sep= line too', () => {
    expect(detectFormat(FIXTURE, 'export.csv')).toBe('acled')
    expect(detectFormat(`sep=;\n${FIXTURE.split('\n', 1)[0]!.replaceAll(',', ';')}\n`, 'export.csv')).toBe('acled')
    expect(detectFormat('id,title,start,category\n', 'events.csv')).toBe('csv')
  })

  it('maps each row onto an event, listing the rows it cannot use', () => {
    const { dataset, problems, format } = importAcled(FIXTURE)
    expect(format).toBe('acled')
    expect(validateDataset(dataset).ok).toBe(true)
    expect(dataset.events.map(({ id, start, precision, category, subcategory, countries, fatalities }) => ({ id, start, precision, category, subcategory, countries, fatalities }))).toEqual([
      { id: 'ukr900001', start: '2024-02-14', precision: 'day', category: 'battles', subcategory: 'Armed clash', countries: ['UA'], fatalities: 0 },
      // time_precision 2: the week of 15 February 2024, which starts on Monday the 12th.
      { id: 'ukr900002', start: '2024-02-12', precision: 'week', category: 'explosions-remote-violence', subcategory: 'Shelling/artillery/missile attack', countries: ['UA'], fatalities: 2 },
      // time_precision 3: the month.
      { id: 'drc900003', start: '2024-03-01', precision: 'month', category: 'protests', subcategory: 'Peaceful protest', countries: ['CD'], fatalities: 0 },
      { id: 'swz900004', start: '2024-03-03', precision: 'day', category: 'protests', subcategory: 'Peaceful protest', countries: ['SZ'], fatalities: 0 },
      { id: 'pse900005', start: '2024-04-01', precision: 'day', category: 'strategic-developments', subcategory: 'Agreement', countries: ['PS'], fatalities: 0 },
      { id: 'xkx900006', start: '2024-04-02', precision: 'day', category: 'protests', subcategory: 'Peaceful protest', countries: ['XK'], fatalities: 0 },
      { id: 'atl900007', start: '2024-04-03', precision: 'day', category: 'riots', subcategory: 'Mob violence', countries: [], fatalities: 1 },
    ])
    expect(dataset.categories.map((c) => c.label)).toEqual(['Battles', 'Explosions/Remote violence', 'Protests', 'Strategic developments', 'Riots'])
    expect(problems.map(formatProblem)).toEqual([
      'row 9, column "event_date": "31-02-2024" is not a date ACLED writes (2023-01-31 or 31 January 2023)',
      'row 10, column "event_id_cnty": Duplicate event id "UKR900001"; the first row is kept',
      'row 8, column "country": "Atlantis" has no ISO 3166 code known here; its event is kept without a country',
    ])
  })

  it('keeps the words, places, actors and sources of a row', () => {
    const { dataset } = importAcled(FIXTURE)
    const [first, second, protest] = dataset.events
    expect(first).toMatchObject({
      title: 'Armed clash in Exampleville',
      summary: 'Synthetic row: on 14 February 2024, forces clashed near Exampleville, Donetsk.',
      location: 'Exampleville, Donetsk',
      place: { lat: 48.5951, lon: 38.0002, precision: 'city' },
      actors: ['military-forces-of-russia-2000', 'military-forces-of-ukraine-2019'],
    })
    expect(first!.place).not.toHaveProperty('gazetteer')
    // Another town of the same name and admin1, at another point: its admin2 tells them apart.
    expect(second).toMatchObject({ location: 'Exampleville, Otherskyi, Donetsk', place: { lat: 48.7, lon: 38.1, precision: 'city' } })
    expect(second!.dateNote).toBe('ACLED time precision 2: the source gives only the week or a few days; ACLED coded 2024-02-15.')
    expect(protest!.dateNote).toBe('ACLED time precision 3: the source gives only the month; ACLED coded its mid-point, 2024-03-15.')
    expect(dataset.events.find((e) => e.id === 'pse900005')!.place).toMatchObject({ precision: 'country' })
    expect(protest!.actors).toEqual(['protesters-democratic-republic-of-congo', 'teachers-democratic-republic-of-congo', 'students-democratic-republic-of-congo'])
    expect(dataset.actors.find((a) => a.id === 'teachers-democratic-republic-of-congo')).toEqual({
      id: 'teachers-democratic-republic-of-congo', name: 'Teachers (Democratic Republic of Congo)', role: 'Associated with Protesters (Democratic Republic of Congo)',
    })
    expect(dataset.actors.find((a) => a.id === 'military-forces-of-russia-2000')!.role).toBe('State forces')
    const source = dataset.sources.find((s) => s.id === first!.sources[0]!.source)
    expect(source).toEqual({
      id: 'acled-ukr900001',
      publisher: 'ACLED (Armed Conflict Location & Event Data)',
      title: 'ACLED event UKR900001',
      // The timestamp: when ACLED last changed the record.
      date: '2024-02-15',
      note: 'ACLED coded this event from: Example Wire; Example Ministry of Defence (source scale: National).',
    })
    // No timestamp: the event's date.
    expect(dataset.sources.find((s) => s.id === 'acled-swz900004')!.date).toBe('2024-03-03')
  })

  it('reads the date forms ACLED writes, and no impossible ones', () => {
    expect(['2023-01-31', '31 January 2023', '31-January-2023', '31 Jan 2023', '31-01-2023'].map(acledDate)).toEqual(Array(5).fill('2023-01-31'))
    expect(['2023-02-30', '30 Febtember 2023', '', '2023/01/31'].map(acledDate)).toEqual([undefined, undefined, undefined, undefined])
  })

  it('finds the ISO code of the country names ACLED uses', () => {
    const names: [string, string][] = [
      ['Democratic Republic of Congo', 'CD'], ['Republic of Congo', 'CG'], ['Russia', 'RU'], ['Palestine', 'PS'], ['eSwatini', 'SZ'],
      ['Syria', 'SY'], ['Ivory Coast', 'CI'], ['Kosovo', 'XK'], ['United States', 'US'], ['Turkey', 'TR'], ['Laos', 'LA'],
    ]
    expect(names.map(([name]) => countryCode(name))).toEqual(names.map(([, code]) => code))
    expect(countryCode('Anything', '804')).toBe('UA')
    expect(countryCode('Congo')).toBeUndefined()
  })

  it('refuses a file without the columns an event needs, naming them', () => {
    expect(() => importAcled('event_id_cnty,event_date,event_type\nX1,2024-01-01,Battles\n')).toThrow('This ACLED export has no "country", "location" columns')
  })

  it('reads the first of two columns with one name, and says which one is ignored', () => {
    const [header, ...rows] = FIXTURE.trimEnd().split('\n')
    const text = [`${header},notes`, ...rows.map((row) => `${row},a second note`)].join('\n')
    const { dataset, problems } = importAcled(text)
    const names = header!.split(',')
    expect(problems.map(formatProblem)).toContain(`column ${names.length + 1}: A second "notes" column; ignored, since column ${names.indexOf('notes') + 1} is read`)
    expect(dataset.events.map((e) => e.summary)).not.toContain('a second note')
  })

  it('cites each row by a source the schema would give back unchanged, even one whose title is cut short in white space', () => {
    const [header, row] = FIXTURE.split('\n') as [string, string]
    const column = header.split(',').indexOf('event_id_cnty')
    const cells = row.split(',')
    // A source title is cut at 500 characters: here inside the run of line ends, which the schema trims.
    cells[column] = `"UKR1${'\r'.repeat(600)}X"`
    const { dataset } = importAcled(`${header}\n${cells.join(',')}\n`)
    expect(dataset.sources.map((s) => s.title)).toEqual(['ACLED event UKR1'])
    const check = validateDataset(dataset)
    expect(check.ok && check.data).toEqual(dataset)
  })

  it('reads 10,000 rows in one pass, reporting progress as it goes', { timeout: 20_000 }, () => {
    const [header, ...rows] = FIXTURE.trim().split('\n')
    const body = Array.from({ length: 10_000 }, (_, i) => rows[i % 6]!.replace(/^[A-Z]{3}9\d{5}/, `SYN${String(i).padStart(6, '0')}`))
    const progress: number[] = []
    const started = performance.now()
    const { dataset } = importAcled([header, ...body].join('\n'), (done) => progress.push(done))
    const elapsed = performance.now() - started
    expect(dataset.events).toHaveLength(10_000)
    expect(progress).toEqual([0, 5000])
    // Generous for a busy shared machine; `npm run bench` measures it properly.
    expect(elapsed).toBeLessThan(10_000)
  })
})
