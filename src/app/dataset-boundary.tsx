import { Suspense, type ReactNode } from 'react'
import { QueryErrorResetBoundary } from '@tanstack/react-query'
import { ErrorBoundary } from 'react-error-boundary'
import { ErrorScreen } from './error-screen'

function Loading() {
  return (
    <div role="status" className="mx-auto my-16 flex items-center gap-3 text-slate-700">
      <span aria-hidden="true" className="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-slate-700" />
      Loading the dataset…
    </div>
  )
}

/** Loading and failure states for everything that needs the dataset. */
export function DatasetBoundary({ children }: { children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary
          onReset={reset}
          fallbackRender={({ error, resetErrorBoundary }) => <ErrorScreen error={error} onRetry={resetErrorBoundary} />}
        >
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  )
}
