// @vitest-environment node
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { validateDataset } from '../src/dataset/validate'
import { changelogTable, withChangelog } from './changelog-section'

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8')

describe('the README change log', () => {
  it('is the dataset’s own meta.changes (run npm run changelog when it is not)', () => {
    const result = validateDataset(JSON.parse(read('../data/coalition-of-the-willing.json')))
    if (!result.ok) throw new Error('curated dataset is invalid')
    const changes = result.data.meta.changes ?? []
    expect(changes.length).toBeGreaterThan(0)
    const readme = read('../README.md')
    expect(withChangelog(readme, changes)).toBe(readme)
  })

  it('escapes pipes and lists newer versions first', () => {
    const table = changelogTable([
      { version: '1.0.1', kind: 'corrected', events: ['a'], note: 'x | y' },
      { version: '1.10.0', kind: 'added', events: [], note: 'new' },
    ])
    expect(table.split('\n').slice(2)).toEqual(['| 1.10.0 | added |  | new |', '| 1.0.1 | corrected | `a` | x \\| y |'])
  })
})
