import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ACCEPT_FILES, acceptCode } from './accept-dataset-code.ts'

// Relative to this file, so the test does not depend on the working directory.
const committed = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')

describe.each(ACCEPT_FILES)('the compiled checks in $file', (checks) => {
  it('are up to date with the zod schema (run `npm run schema` if not)', () => {
    const { js, types } = acceptCode(checks)
    expect(committed(`${checks.file}.js`)).toBe(js)
    expect(committed(`${checks.file}.d.ts`)).toBe(types)
  })

  it('compile nothing at run time: no eval, no Function, nothing imported', () => {
    const { js } = acceptCode(checks)
    expect(js).not.toMatch(/\beval\b|\bFunction\(|\bimport\b|\brequire\(/)
    for (const { name } of checks.checks) expect(js).toContain(`export const ${name} = `)
  })
})
