import { Suspense, useEffect, useState, type ReactNode } from 'react'
import { QueryErrorResetBoundary, useQueryClient } from '@tanstack/react-query'
import { ErrorBoundary } from 'react-error-boundary'
import { DATASET_QUERY_KEY } from '../dataset/dataset-query'
import { DatasetError } from '../dataset/problems'
import { useDatasetSource } from '../state/store/hooks'
import { ErrorScreen } from './error-screen'
import { Button } from '../ui/button'

/** After this long the loading state admits it is still waiting and offers a way out. */
export const SLOW_LOADING_MS = 10_000

const STOPPED = new DatasetError('Loading was stopped before the dataset arrived.')

function Loading({ onStop }: { onStop: () => void }) {
  const client = useQueryClient()
  const [attempt, setAttempt] = useState(0)
  const [slow, setSlow] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_LOADING_MS)
    return () => clearTimeout(timer)
  }, [attempt])

  const tryAgain = () => {
    setSlow(false)
    setAttempt((n) => n + 1)
    // Cancelling puts the query back to "not fetched"; the suspended panel then fetches afresh.
    void client.cancelQueries({ queryKey: DATASET_QUERY_KEY })
  }

  return (
    <div className="mx-auto my-16 flex max-w-xl flex-col items-center gap-3 text-slate-700 dark:text-slate-300">
      <div role="status" className="flex items-center gap-3">
        <span aria-hidden="true" className="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-slate-700 dark:border-slate-600 dark:border-t-slate-200" />
        {slow ? 'Still loading the dataset: the server is taking longer than usual.' : 'Loading the dataset…'}
      </div>
      {slow && (
        <div className="flex gap-2">
          <Button onClick={tryAgain}>Try again</Button>
          <Button onClick={onStop}>Stop loading</Button>
        </div>
      )}
    </div>
  )
}

/** Loading and failure states for everything that needs the dataset. */
export function DatasetBoundary({ children }: { children: ReactNode }) {
  const client = useQueryClient()
  const [stopped, setStopped] = useState(false)
  // Another dataset is another attempt: its panels start afresh, without the last one's error.
  const source = useDatasetSource()
  // Cancelled once the panels are unmounted, so nothing suspended starts a new request.
  useEffect(() => {
    if (stopped) void client.cancelQueries({ queryKey: DATASET_QUERY_KEY })
  }, [stopped, client])

  return (
    <QueryErrorResetBoundary>
      {({ reset }) =>
        stopped ? (
          <ErrorScreen
            error={STOPPED}
            onRetry={() => {
              reset()
              setStopped(false)
            }}
          />
        ) : (
          <ErrorBoundary
            onReset={reset}
            resetKeys={[source]}
            fallbackRender={({ error, resetErrorBoundary }) => <ErrorScreen error={error} onRetry={resetErrorBoundary} />}
          >
            <Suspense fallback={<Loading onStop={() => setStopped(true)} />}>{children}</Suspense>
          </ErrorBoundary>
        )
      }
    </QueryErrorResetBoundary>
  )
}
