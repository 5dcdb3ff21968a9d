import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

/** Lints one line as if it sat at `file`, with the project's own config, and returns the messages. */
async function lint(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() })
  const [result] = await eslint.lintText(`${code}\nexport {}\n`, { filePath: file })
  return (result?.messages ?? []).filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports').map((m) => m.message)
}

// Every forbidden direction, each spelled as a real import of a real file.
const FORBIDDEN: [string, string, string][] = [
  ['a feature importing another feature', 'src/features/filters/probe.ts', "import { laneGroupId } from '../timeline/lanes'"],
  ['a feature importing app', 'src/features/filters/probe.ts', "import { App } from '../../app/app'"],
  ['dataset importing domain', 'src/dataset/probe.ts', "import { DAY_MS } from '../domain/dates'"],
  ['domain importing state', 'src/domain/probe.ts', "import { parseView } from '../state/url-codec'"],
  ['state importing a feature', 'src/state/probe.ts', "import { laneGroupId } from '../features/timeline/lanes'"],
  ['state importing app', 'src/state/probe.ts', "import { App } from '../app/app'"],
  ['ui importing state', 'src/ui/probe.ts', "import { useActions } from '../state/store/hooks'"],
  ['domain importing React', 'src/domain/probe.ts', "import { useState } from 'react'"],
]

describe('layer boundaries in lint', () => {
  it.each(FORBIDDEN)('reports %s', async (_, file, code) => {
    expect(await lint(file, code)).toHaveLength(1)
  })

  it('allows imports within a feature and down the layers', async () => {
    const allowed = [
      "import { SEARCH_INPUT_ID } from './search-box'",
      "import { useActions } from '../../state/store/hooks'",
      "import { ProblemList } from '../../ui/problem-list'",
      "import { NO_FILTERS } from '../../domain/filters'",
    ].join('\n')
    expect(await lint('src/features/filters/probe.ts', allowed)).toEqual([])
  })
})
