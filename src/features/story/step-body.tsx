import type { Citation, Source } from '../../dataset/schema'
import type { StoryStep } from '../../dataset/story-schema'
import { citationView } from '../../domain/citations'
import { CitedSource } from '../../ui/cited-source'
import { focusRing } from '../../ui/focus-ring'

/** The step's citations, each once, numbered in the order the sentences first cite them. */
function numberCitations(step: StoryStep): { list: Citation[]; numbersOf: (sentence: number) => number[] } {
  const list: Citation[] = []
  const keys = new Map<string, number>()
  const numbers = step.body.map((sentence) =>
    sentence.sources.map((cite) => {
      const key = JSON.stringify([cite.source, cite.paragraphs ?? [], cite.note ?? ''])
      let n = keys.get(key)
      if (n === undefined) {
        list.push(cite)
        n = list.length
        keys.set(key, n)
      }
      return n
    }),
  )
  return { list, numbersOf: (i) => numbers[i] ?? [] }
}

/** A step's sentences with their citation numbers, and the numbered sources under them. */
export function StepBody({ step, sourcesById }: { step: StoryStep; sourcesById: ReadonlyMap<string, Source> }) {
  const { list, numbersOf } = numberCitations(step)
  return (
    <div className="flex flex-col gap-2">
      <p className="max-w-prose text-sm leading-relaxed text-slate-800 dark:text-slate-200">
        {step.body.map((sentence, i) => (
          <span key={i}>
            {i > 0 && ' '}
            <bdi>{sentence.text}</bdi>
            <sup className="ml-0.5 text-xs text-slate-600 dark:text-slate-400">
              <span className="sr-only">, sources </span>[{numbersOf(i).join(', ')}]
            </sup>
          </span>
        ))}
      </p>
      <details className="text-sm">
        <summary className={`cursor-pointer rounded-sm font-medium text-slate-800 dark:text-slate-200 ${focusRing}`}>Sources for this step ({list.length})</summary>
        <ol className="mt-2 flex flex-col gap-2">
          {list.map((cite, i) => {
            const source = sourcesById.get(cite.source)
            return (
              <li key={i} className="flex gap-2">
                <span className="font-mono text-xs text-slate-600 dark:text-slate-400">[{i + 1}]</span>
                <div className="min-w-0">{source ? <CitedSource {...citationView(cite, source)} /> : <bdi>{cite.source}</bdi>}</div>
              </li>
            )
          })}
        </ol>
      </details>
    </div>
  )
}
