/** Separates the values of a list column (countries, actors): `FR; GB`. csv-text.ts has the quoting rules. */
export const LIST_SEPARATOR = ';'

export type CsvColumnSpec = { name: string; required: boolean; description: string }

/** The CSV format, one row per event; the README table is generated from this list. */
export const CSV_COLUMNS = [
  { name: 'id', required: false, description: 'Stable lowercase slug such as `paris-summit`. Left empty, one is made from the title and start date (`-2`, `-3`… added when taken).' },
  { name: 'title', required: true, description: 'Short headline of the event.' },
  { name: 'summary', required: false, description: 'What happened, in your own words. Left empty, the title is used.' },
  { name: 'start', required: true, description: 'First day, `YYYY-MM-DD`: for `week` precision the Monday, for `month` the 1st, for `year` 1 January. Or a moment with its UTC offset, `2025-03-27T14:30+01:00`, for `minute` precision.' },
  { name: 'end', required: false, description: 'Last day (inclusive) of a span known to the day, or the end moment of one known to the minute; empty otherwise.' },
  { name: 'time', required: false, description: 'Time of day of the start, `14:30`, with its offset (`14:30+01:00`, `14:30Z`); it makes the event `minute` precision. Without an offset it is read as UTC, and a problem says so.' },
  { name: 'end_time', required: false, description: 'Time of day of the end: on the `end` day, or the start day when `end` is empty. Without an offset, the start’s is used.' },
  { name: 'precision', required: false, description: '`year`, `month`, `week`, `day` or `minute`. Empty: `minute` when a time is given, else `day`.' },
  { name: 'date_note', required: false, description: 'How the date was established, e.g. "this week" in an article of 27 Mar 2025.' },
  { name: 'category', required: true, description: 'The category: one of `summit`, `military`, `negotiation`, `ceasefire`, `sanctions`, `statement`, `leak`, `strike` (or their names, `Summits`…), or any other name, which becomes a category of its own.' },
  { name: 'category_label', required: false, description: 'The category’s name as shown, e.g. `Protests`. With it, `category` is the category’s id, kept as written (the export writes both).' },
  { name: 'subcategory', required: false, description: 'A finer kind within the category, e.g. `Peaceful protest`.' },
  { name: 'countries', required: false, description: 'ISO 3166-1 alpha-2 codes separated by `;`, e.g. `FR; GB`; empty when no country applies.' },
  { name: 'actors', required: false, description: 'Names separated by `;`; a name holding `;` or `"` is put in double quotes, its quotes doubled: `"Smith; John"; Jane Doe`. Each becomes an actor whose id is the slug of the name and whose role is "—".' },
  { name: 'location', required: false, description: 'Where it happened, e.g. `Élysée Palace, Paris`.' },
  { name: 'fatalities', required: false, description: 'Reported deaths, a whole number, as the source counts them.' },
  { name: 'source_title', required: true, description: 'Title of the report the event is taken from, exactly as published.' },
  { name: 'source_publisher', required: true, description: 'Its publisher, e.g. `Reuters`.' },
  { name: 'source_url', required: false, description: 'Its address; http(s) only. Rows citing the same URL (or, without one, the same publisher and title) share one source.' },
  { name: 'source_date', required: true, description: 'Its publication date, `YYYY-MM-DD`.' },
] as const satisfies readonly CsvColumnSpec[]

export type CsvColumn = (typeof CSV_COLUMNS)[number]['name']
export type CsvRow = Partial<Record<CsvColumn, string>>

export const CSV_COLUMN_NAMES: readonly CsvColumn[] = CSV_COLUMNS.map((c) => c.name)

/** Markdown table of the columns, for the README. */
export function csvColumnsMarkdown(): string {
  const rows = CSV_COLUMNS.map((c) => `| \`${c.name}\` | ${c.required ? 'yes' : 'no'} | ${c.description} |`)
  return ['| column | required | meaning |', '| --- | --- | --- |', ...rows].join('\n')
}
