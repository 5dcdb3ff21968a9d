import { describe, expect, it, vi } from 'vitest'
import { formatProblem } from '../problems'
import { validateDataset } from '../validate'
import { CSV_COLUMNS, csvColumnsMarkdown } from './csv-columns'
import { importDataset } from './import-dataset'

const HEADER = 'id,title,summary,start,end,precision,category,countries,actors,location,source_title,source_publisher,source_url,source_date'
const GOOD = [
  HEADER,
  'paris-summit,Paris summit,Leaders meet at the Élysée.,2025-03-27,,day,summit,FR; GB,Emmanuel Macron; Keir Starmer,Paris,Leaders meet,Example News,https://example.com/a,2025-03-27',
  ',Chiefs meet,,2025-03-24,,week,military,GB;FR,,London,Leaders meet,Example News,https://example.com/a,2025-03-27',
  ',Talks in Riyadh,US and Russian delegations meet.,2025-03-23,2025-03-25,,negotiation,SA;US;RU,Keir Starmer,,Talks,Wire,,2025-03-25',
].join('\n')

const importCsv = (text: string) => importDataset(text, 'my-events.csv', { today: '2026-11-28' })

describe('CSV import', () => {
  it('reads a good file into a valid dataset', () => {
    const { dataset, problems, format } = importCsv(GOOD)
    expect(format).toBe('csv')
    expect(problems).toEqual([])
    expect(validateDataset(dataset).ok).toBe(true)
    expect(dataset.meta).toMatchObject({ title: 'my events', updated: '2026-11-28' })
    expect(dataset.events.map((e) => e.id)).toEqual(['paris-summit', 'chiefs-meet-2025-03-24', 'talks-in-riyadh-2025-03-23'])
    const [paris, chiefs, talks] = dataset.events
    expect(paris).toMatchObject({ countries: ['FR', 'GB'], actors: ['emmanuel-macron', 'keir-starmer'], location: 'Paris' })
    expect(chiefs).toMatchObject({ summary: 'Chiefs meet', precision: 'week' })
    expect(talks).toMatchObject({ end: '2025-03-25', precision: 'day' })
    expect(dataset.actors).toEqual([
      { id: 'emmanuel-macron', name: 'Emmanuel Macron', role: '—' },
      { id: 'keir-starmer', name: 'Keir Starmer', role: '—' },
    ])
    // Two rows cite the same URL: one source.
    expect(dataset.sources.map((s) => s.id)).toEqual(['example-news-leaders-meet', 'wire-talks'])
    expect(paris!.sources).toEqual(chiefs!.sources)
  })

  it('keeps the valid rows and names the row and column of each bad one', () => {
    const text = [
      HEADER,
      'ok,Fine,Fine.,2025-03-27,,,summit,FR,,,T,P,,2025-03-27',
      'bad-date,Bad date,x,2025-02-30,,,summit,FR,,,T,P,,2025-03-27',
      'no-category,No category,x,2025-03-27,,,,FR,,,T,P,,2025-03-27',
      'no-title,,,2025-03-27,,,summit,FR,,,T,P,,2025-03-27',
      '',
      'no-source,No source,x,2025-03-27,,,summit,FR,,,,,,',
      'bad-url,Bad URL,x,2025-03-27,,,summit,FR,,,T,P,javascript:alert(1),2025-03-27',
      'too-many,Too,x,2025-03-27,,,summit,FR,,,T,P,,2025-03-27,extra',
      'ok,Duplicate id,x,2025-03-27,,,summit,FR,,,T,P,,2025-03-27',
      'week,Not a Monday,x,2025-03-26,,week,military,GB,,,T,P,,2025-03-27',
    ].join('\n')
    const { dataset, problems } = importCsv(text)
    expect(dataset.events.map((e) => e.id)).toEqual(['ok'])
    expect(problems.map(formatProblem)).toEqual([
      'row 3, column "start": Not a real calendar date',
      'row 4, column "category": Required field is missing',
      'row 5, column "title": Required field is missing',
      'row 7, column "source_title": Every event needs a source: fill source_title, source_publisher and source_date',
      'row 8, column "source_url": Expected an http(s) URL',
      'row 9: More cells than columns; is a comma missing its quotes?',
      'row 10, column "id": Duplicate event id "ok"; the first row is kept',
      'row 11, column "start": Week precision needs the Monday of that week, got 2025-03-26',
    ])
  })

  it('reads quoted fields with commas, quotes and newlines, and counts rows as a spreadsheet does', () => {
    const text = `${HEADER}\r\nq,"Summit, day one","He said ""no"".\nThen left.",2025-03-27,,,summit,FR,,"Paris, France",T,P,,2025-03-27\r\nr,,,2025-03-27,,,summit,FR,,,T,P,,2025-03-27\r\n`
    const { dataset, problems } = importCsv(text)
    expect(dataset.events[0]).toMatchObject({ title: 'Summit, day one', summary: 'He said "no".\nThen left.', location: 'Paris, France' })
    expect(problems.map(formatProblem)).toEqual(['row 3, column "title": Required field is missing'])
  })

  it('accepts columns in any order and case, tabs, a BOM, and reports unknown columns', () => {
    const text = '\uFEFFStart\tTitle\tCategory\tCountries\tSource Title\tSource Publisher\tSource Date\tColour\n2025-03-27\tX\tSummit\tfr\tT\tP\t2025-03-27\tred'
    const { dataset, problems } = importDataset(text, 'x.tsv', { today: '2026-11-28' })
    expect(dataset.events[0]).toMatchObject({ id: 'x-2025-03-27', category: 'summit', countries: ['FR'] })
    expect(problems).toEqual([{ path: 'column "colour"', message: 'Unknown column, ignored' }])
  })

  it('reads the first of two columns with one name, and says the second is ignored', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const text = 'start,title,category,countries,source_title,source_publisher,source_date,Title\n2025-03-27,First,summit,FR,T,P,2025-03-27,Second'
    const { dataset, problems } = importCsv(text)
    expect(dataset.events[0]).toMatchObject({ title: 'First' })
    expect(problems.map(formatProblem)).toEqual(['column 8: A second "title" column; ignored, since column 2 is read'])
    // The reader is told in the dialog; the console stays for the app's own warnings.
    expect(warn).not.toHaveBeenCalled()
    warn.mockRestore()
  })

  it('gives generated ids that never take an id written later in the file', () => {
    const text = [HEADER, ',Talks,x,2025-03-27,,,summit,FR,,,T,P,,2025-03-27', 'talks-2025-03-27,Talks,x,2025-03-27,,,summit,FR,,,T,P,,2025-03-27'].join('\n')
    expect(importCsv(text).dataset.events.map((e) => e.id)).toEqual(['talks-2025-03-27-2', 'talks-2025-03-27'])
  })

  it('gives actors without a Latin slug a stable generated id', () => {
    const row = (id: string) => `${id},T,x,2025-03-27,,,summit,UA,Володимир Зеленський,,T,P,,2025-03-27`
    const { dataset } = importCsv([HEADER, row('a'), row('b')].join('\n'))
    expect(dataset.actors).toEqual([{ id: 'actor', name: 'Володимир Зеленський', role: '—' }])
    expect(dataset.events.map((e) => e.actors)).toEqual([['actor'], ['actor']])
  })

  it('removes the quote a spreadsheet-safe export puts before a formula character', () => {
    const text = [HEADER, `a,'-1 day,"'=not a formula",2025-03-27,,,summit,FR,,,T,P,,2025-03-27`].join('\n')
    expect(importCsv(text).dataset.events[0]).toMatchObject({ title: '-1 day', summary: '=not a formula' })
  })

  it('reads every row of a file whose header ends in CRLF and whose rows end in LF or CR', () => {
    const row = (id: string) => `${id},T,x,2025-03-27,,,summit,FR,,,T,P,,2025-03-27`
    const text = `${HEADER}\r\n${row('a')}\n${row('b')}\r${row('c')}\n,"Two\r\nlines",x,2025-03-27,,,summit,FR,,,T,P,,2025-03-27\r\n`
    const { dataset, problems } = importCsv(text)
    expect(problems).toEqual([])
    expect(dataset.events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'two-lines-2025-03-27'])
    expect(dataset.events[3]!.title).toBe('Two\r\nlines')
  })

  // Excel honours the sep= line and does not show it, so the header stays row 1 for problem numbers.
  it('honours an Excel sep= line, counting rows as Excel shows them', () => {
    const text = [
      'sep=;',
      'id;title;start;category;countries;actors;source_title;source_publisher;source_date',
      'a;Paris, day one;2025-03-27;summit;"FR; GB";"""Smith; John""; Jane";T;P;2025-03-27',
      'b;Bad;2025-02-30;summit;FR;;T;P;2025-03-27',
    ].join('\r\n')
    const { dataset, problems } = importCsv(text)
    expect(dataset.events[0]).toMatchObject({ id: 'a', title: 'Paris, day one', countries: ['FR', 'GB'] })
    expect(dataset.actors.map((a) => a.name)).toEqual(['Smith; John', 'Jane'])
    expect(problems.map(formatProblem)).toEqual(['row 3, column "start": Not a real calendar date'])
  })

  it('reads a semicolon-separated header without a sep= line, and names the separator in problems', () => {
    const text = 'title;start;category;countries;source_title;source_publisher;source_date\nX;2025-03-27;summit;FR;T;P;2025-03-27\nY;2025-03-27;summit;FR;T;P;2025-03-27;extra'
    const { dataset, problems } = importCsv(text)
    expect(dataset.events.map((e) => e.title)).toEqual(['X'])
    expect(problems.map(formatProblem)).toEqual(['row 3: More cells than columns; is a semicolon missing its quotes?'])
  })

  it('refuses a sep= line naming a separator it does not read', () => {
    expect(() => importCsv(`sep=x\n${HEADER}`)).toThrow('The CSV names a separator this app does not read: "x"')
  })

  it('reads a quoted name holding the list separator as one actor, and keeps names whose slugs collide apart', () => {
    const text = [HEADER, `a,T,x,2025-03-27,,,summit,FR,"""Smith; John""; Smith",,T,P,,2025-03-27`, `b,T,x,2025-03-27,,,summit,FR,"Smith, John; smith john",,T,P,,2025-03-27`].join('\n')
    const { dataset, problems } = importCsv(text)
    expect(problems).toEqual([])
    expect(dataset.actors).toEqual([
      { id: 'smith-john', name: 'Smith; John', role: '—' },
      { id: 'smith', name: 'Smith', role: '—' },
      { id: 'smith-john-2', name: 'Smith, John', role: '—' },
      { id: 'smith-john-3', name: 'smith john', role: '—' },
    ])
    // "smith john" is "Smith, John" only by slug, not by name: a third actor.
    expect(dataset.events.map((e) => e.actors)).toEqual([['smith-john', 'smith'], ['smith-john-2', 'smith-john-3']])
  })

  it('keeps a leading apostrophe the export did not add', () => {
    const text = [HEADER, `a,'hello,''=literal,2025-03-27,,,summit,FR,,,T,P,,2025-03-27`].join('\n')
    expect(importCsv(text).dataset.events[0]).toMatchObject({ title: "'hello", summary: "'=literal" })
  })

  it('refuses a CSV without the required columns, naming them', () => {
    expect(() => importCsv('name,when\nx,2025')).toThrow('The CSV has no "title", "start", "category", "source_title", "source_publisher", "source_date" columns')
  })

  it('refuses a CSV whose every row is bad, listing why', () => {
    expect(() => importCsv(`${HEADER}\nx,,,,,,,,,,,,,`)).toThrow(/Nothing to show: every event has a problem/)
  })

  it('documents every column it reads, for the README table', () => {
    expect(CSV_COLUMNS.map((c) => c.name)).toEqual([
      'id', 'title', 'summary', 'start', 'end', 'time', 'end_time', 'precision', 'date_note', 'category', 'category_label', 'subcategory',
      'countries', 'actors', 'location', 'fatalities', 'source_title', 'source_publisher', 'source_url', 'source_date',
    ])
    expect(csvColumnsMarkdown()).toContain('| `start` | yes |')
  })
})

describe('CSV import of v2 fields', () => {
  const V2 = 'id,title,start,end,time,end_time,precision,category,category_label,subcategory,countries,fatalities,source_title,source_publisher,source_date'
  const rows = (...lines: string[]) => importCsv([V2, ...lines].join('\n'))

  it('makes a category of each new value, keeps ids given with a label, and matches default names', () => {
    const { dataset, problems } = rows(
      'a,A,2025-03-27,,,,,Protests,,Peaceful protest,,,T,P,2025-03-27',
      'b,B,2025-03-27,,,,,riots-and-mobs,Riots and mobs,,,3,T,P,2025-03-27',
      'c,C,2025-03-27,,,,,Summits,,,FR,,T,P,2025-03-27',
      'd,D,2025-03-27,,,,,summit,Leaders’ meetings,,,,T,P,2025-03-27',
      'e,E,2025-03-27,,,,,protests,,,,,T,P,2025-03-27',
    )
    expect(problems).toEqual([])
    expect(dataset.events.map((e) => [e.id, e.category, e.subcategory, e.countries, e.fatalities])).toEqual([
      ['a', 'protests', 'Peaceful protest', [], undefined],
      ['b', 'riots-and-mobs', undefined, [], 3],
      ['c', 'summit', undefined, ['FR'], undefined],
      ['d', 'summit', undefined, [], undefined],
      ['e', 'protests', undefined, [], undefined],
    ])
    // The first name given wins: "Summits" matched the default before a row relabelled it.
    expect(dataset.categories).toEqual([
      { id: 'summit', label: 'Summits', colour: '#0072B2' },
      { id: 'protests', label: 'Protests' },
      { id: 'riots-and-mobs', label: 'Riots and mobs' },
    ])
  })

  it('reads year precision, and minute precision from a time column or a timestamp in start', () => {
    const { dataset, problems } = rows(
      'y,Year,1835-01-01,,,,year,x,,,,,T,P,2025-03-27',
      't,Time column,2025-03-27,,14:30+01:00,16:00,,x,,,,,T,P,2025-03-27',
      's,Timestamp,2025-03-27T09:15-05:00,2025-03-28T10:00-05:00,,,,x,,,,,T,P,2025-03-27',
      'x,Spreadsheet style,2025-03-27 09:15,,,,,x,,,,,T,P,2025-03-27',
      'z,Zulu,2025-03-27,,9:05 UTC,,,x,,,,,T,P,2025-03-27',
    )
    expect(dataset.events.map((e) => [e.id, e.start, e.end, e.precision])).toEqual([
      ['y', '1835-01-01', undefined, 'year'],
      ['t', '2025-03-27T14:30+01:00', '2025-03-27T16:00+01:00', 'minute'],
      ['s', '2025-03-27T09:15-05:00', '2025-03-28T10:00-05:00', 'minute'],
      ['x', '2025-03-27T09:15Z', undefined, 'minute'],
      ['z', '2025-03-27T09:05Z', undefined, 'minute'],
    ])
    expect(problems.map(formatProblem)).toEqual([
      'row 5, column "start": The time 09:15 has no UTC offset; read as UTC. Write it as 14:30+01:00 (or 14:30Z) to say which',
    ])
  })

  it('names the column of a bad time, a time at a coarse precision, and bad fatalities', () => {
    const { problems } = rows(
      'a,A,2025-03-27,,25:00+01:00,,,x,,,,,T,P,2025-03-27',
      'b,B,2025-03-27,,14:30Z,,day,x,,,,,T,P,2025-03-27',
      'c,C,2025-03-27,,,,,x,,,,many,T,P,2025-03-27',
      'd,D,1835-06-01,,,,year,x,,,,,T,P,2025-03-27',
      'ok,Fine,2025-03-27,,,,,x,,,,,T,P,2025-03-27',
    )
    expect(problems.map(formatProblem)).toEqual([
      'row 2, column "start": Not a real date and time',
      'row 3, column "start": A time of day needs precision "minute"; day precision takes a date as YYYY-MM-DD',
      'row 4, column "fatalities": Invalid input: expected number, received string',
      'row 5, column "start": Year precision needs 1 January of the year, got 1835-06-01',
    ])
  })
})

describe('CSV import at scale', () => {
  // Each row cites its own source and shares its title: the case that copied every id set per row.
  // The timeout is for a slow, busy machine (1.3 s here); the quadratic importer took 29 s.
  it('reads 20,000 rows of one title, each with its own source, keeping them all', { timeout: 20_000 }, () => {
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => `,Same title,Summary ${i},2025-03-27,,day,summit,FR,Keir Starmer,Paris,Report ${i},Wire,https://example.com/${i},2025-03-27`,
    )
    const { dataset, problems } = importCsv([HEADER, ...rows].join('\n'))
    expect(problems).toEqual([])
    expect(dataset.events).toHaveLength(20_000)
    expect(new Set(dataset.events.map((e) => e.id)).size).toBe(20_000)
    expect(dataset.sources).toHaveLength(20_000)
    expect(dataset.actors).toHaveLength(1)
  })
})
