/** Separates the values of a list column (countries, actors): `FR; GB`. csv-text.ts has the quoting rules. */
export const LIST_SEPARATOR = ';'

export type CsvColumnSpec = { name: string; required: boolean; description: string }

/** The CSV format, one row per event; the README table is generated from this list. */
export const CSV_COLUMNS = [
  { name: 'id', required: false, description: 'Stable lowercase slug such as `paris-summit`. Left empty, one is made from the title and start date (`-2`, `-3`… added when taken).' },
  { name: 'title', required: true, description: 'Short headline of the event.' },
  { name: 'summary', required: false, description: 'What happened, in your own words. Left empty, the title is used.' },
  { name: 'start', required: true, description: 'First day, `YYYY-MM-DD`. For `week` precision the Monday, for `month` the 1st.' },
  { name: 'end', required: false, description: 'Last day (inclusive) of a span known to the day; empty otherwise.' },
  { name: 'precision', required: false, description: '`day` (the default when empty), `week` or `month`.' },
  { name: 'date_note', required: false, description: 'How the date was established, e.g. "this week" in an article of 27 Mar 2025.' },
  { name: 'category', required: true, description: 'One of `summit`, `military`, `negotiation`, `ceasefire`, `sanctions`, `statement`, `leak`, `strike`.' },
  { name: 'countries', required: true, description: 'ISO 3166-1 alpha-2 codes separated by `;`, e.g. `FR; GB`.' },
  { name: 'actors', required: false, description: 'Names separated by `;`; a name holding `;` or `"` is put in double quotes, its quotes doubled: `"Smith; John"; Jane Doe`. Each becomes an actor whose id is the slug of the name and whose role is "—".' },
  { name: 'location', required: false, description: 'Where it happened, e.g. `Élysée Palace, Paris`.' },
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
