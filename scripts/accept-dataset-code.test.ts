import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ACCEPT_CODE_FILE, ACCEPT_TYPES_FILE, acceptDatasetCode } from './accept-dataset-code.ts'

// Relative to this file, so the test does not depend on the working directory.
const committed = (file: string) => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')

describe('the compiled dataset check', () => {
  it('is up to date with the zod schema (run `npm run schema` if not)', () => {
    const { js, types } = acceptDatasetCode()
    expect(committed(ACCEPT_CODE_FILE)).toBe(js)
    expect(committed(ACCEPT_TYPES_FILE)).toBe(types)
  })

  it('compiles nothing at run time: no eval, no Function, nothing imported', () => {
    const { js } = acceptDatasetCode()
    expect(js).not.toMatch(/\beval\b|\bFunction\(|\bimport\b|\brequire\(/)
  })
})
