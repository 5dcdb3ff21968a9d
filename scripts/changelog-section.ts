import type { Change } from '../src/dataset/schema.ts'

export const BEGIN = '<!-- changelog:begin (npm run changelog) -->'
export const END = '<!-- changelog:end -->'

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ')

/** The change log as a Markdown table, newest version first, in the order the dataset lists it. */
export function changelogTable(changes: readonly Change[]): string {
  const rows = [...changes]
    .map((change, i) => ({ change, i }))
    .sort((a, b) => b.change.version.localeCompare(a.change.version, 'en', { numeric: true }) || a.i - b.i)
    .map(({ change }) => `| ${change.version} | ${change.kind} | ${change.events.map((id) => `\`${id}\``).join(', ')} | ${cell(change.note)} |`)
  return ['| version | kind | events | what and why |', '| --- | --- | --- | --- |', ...rows].join('\n')
}

/** The README with the text between the markers replaced by the current table. */
export function withChangelog(readme: string, changes: readonly Change[]): string {
  const start = readme.indexOf(BEGIN)
  const end = readme.indexOf(END)
  if (start === -1 || end < start) throw new Error(`README.md needs the markers ${BEGIN} and ${END}`)
  return `${readme.slice(0, start + BEGIN.length)}\n${changelogTable(changes)}\n${readme.slice(end)}`
}
