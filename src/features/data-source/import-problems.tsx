import { formatProblem } from '../../dataset/problems'
import { useImportProblems } from '../../state/use-dataset'

const MAX_LISTED = 200

/** What could not be read from an opened file, by row or JSON path, beside the events that could. */
export function ImportProblems() {
  const problems = useImportProblems()
  if (problems.length === 0) return null
  return (
    <details className="rounded-md border border-amber-500 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-100">
      <summary className="cursor-pointer font-semibold">
        {problems.length} problem{problems.length === 1 ? '' : 's'} in this file: those parts are not shown
      </summary>
      <ul aria-label="Problems in the opened file" className="mt-2 max-h-64 list-disc overflow-y-auto pl-5 font-mono text-xs">
        {problems.slice(0, MAX_LISTED).map((problem, i) => (
          <li key={i}>{formatProblem(problem)}</li>
        ))}
        {problems.length > MAX_LISTED && <li>…and {problems.length - MAX_LISTED} more</li>}
      </ul>
    </details>
  )
}
