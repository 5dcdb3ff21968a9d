import { useQueryClient } from '@tanstack/react-query'
import { DATASET_QUERY_KEY } from '../../dataset/dataset-query'
import { clipText, describeFailure } from '../../dataset/problems'
import { useActions, useOpenAttempt } from '../../state/store/hooks'
import type { OpenProgress } from '../../state/store/ui-slice'
import { ProblemList } from '../../ui/problem-list'
import { Button } from '../../ui/button'

const MAX_LISTED = 20

function describeProgress({ phase, done, total }: OpenProgress): string {
  const share = `${Math.floor((100 * done) / Math.max(total, 1))}%`
  return phase === 'checked' ? `${done.toLocaleString('en')} of ${total.toLocaleString('en')} rows checked` : `${share} received`
}

/**
 * While a dataset opens, says so and offers Stop; when it fails, says why. Either way the dataset on
 * screen, and its view, stay as they were until the new one has loaded.
 */
export function OpenAttemptNotice() {
  const attempt = useOpenAttempt()
  const { setOpenAttempt } = useActions()
  const client = useQueryClient()
  if (attempt === null) return null
  const name = <bdi className="font-medium break-all">{clipText(attempt.name, 200)}</bdi>

  if (attempt.status === 'opening') {
    return (
      <div role="status" className="flex items-center justify-between gap-3 rounded-md border border-slate-300 bg-slate-50 px-4 py-2 text-sm dark:border-slate-600 dark:bg-slate-800">
        <p>
          Opening {name}…
          {/* Not announced at every step: the live region says "Opening…" once. */}
          {attempt.progress && <span aria-live="off"> {describeProgress(attempt.progress)}</span>}
        </p>
        <Button variant="quiet" size="sm" onClick={() => void client.cancelQueries({ queryKey: DATASET_QUERY_KEY })} className="shrink-0">
          Stop
        </Button>
      </div>
    )
  }

  const { error } = attempt
  const { message, problems } = describeFailure(error, 'Something went wrong while reading it.')
  return (
    <div role="alert" className="flex items-start justify-between gap-3 rounded-md border border-red-300 bg-red-50 px-4 py-2 text-sm text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
      <div className="min-w-0">
        <p>
          <span className="font-semibold">{name} could not be opened</span>, so what was on screen stays. {message}
        </p>
        <ProblemList problems={problems} max={MAX_LISTED} className="mt-1 max-h-40" />
      </div>
      <Button variant="quiet" size="sm" onClick={() => setOpenAttempt(null)} className="shrink-0">
        Dismiss
      </Button>
    </div>
  )
}
