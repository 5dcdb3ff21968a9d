type Problem = { path: string; message: string }

/** Problems as a list a reader can scan: where (path or row), then what. Long lists are cut short. */
export function ProblemList({ problems, max, className = '' }: { problems: readonly Problem[]; max: number; className?: string }) {
  if (problems.length === 0) return null
  return (
    <ul aria-label="Problems" className={`list-disc overflow-y-auto pl-5 font-mono break-all ${className}`}>
      {problems.slice(0, max).map((problem, i) => (
        <li key={i}>
          <code className="font-semibold">{problem.path}</code>: {problem.message}
        </li>
      ))}
      {problems.length > max && <li>…and {problems.length - max} more</li>}
    </ul>
  )
}
