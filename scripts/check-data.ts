/** Validates dataset files: `npm run check:data` (all of data/) or `npm run check:data -- FILE...`. */
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parseJson, validateDataset } from '../src/dataset/validate.ts'
import { DatasetError, formatProblem, type Problem } from '../src/dataset/problems.ts'
import { storyViewProblems } from './story-views.ts'

function problemsOf(file: string): Problem[] {
  try {
    const result = validateDataset(parseJson(readFileSync(file, 'utf8')))
    return result.ok ? storyViewProblems(result.data) : result.problems
  } catch (error) {
    if (error instanceof DatasetError) return error.problems
    return [{ path: '$', message: error instanceof Error ? error.message : String(error) }]
  }
}

const args = process.argv.slice(2)
const files = args.length
  ? args
  : readdirSync('data')
      .filter((name) => name.endsWith('.json'))
      .map((name) => join('data', name))

let failed = 0
for (const file of files) {
  const problems = problemsOf(file)
  const name = relative(process.cwd(), file)
  if (problems.length === 0) {
    console.log(`✓ ${name}`)
    continue
  }
  failed++
  console.error(`✗ ${name}: ${problems.length} problem${problems.length === 1 ? '' : 's'}`)
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`)
}
if (files.length === 0) console.error('No dataset files found in data/')
process.exitCode = failed || files.length === 0 ? 1 : 0
