import type { ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'

/** A fault in one panel leaves the others working, and says so where the panel was. */
export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallbackRender={({ error, resetErrorBoundary }) => (
        <div role="alert" className="rounded-lg border border-red-300 dark:border-red-700 bg-red-50 dark:bg-red-950 p-4 text-sm text-red-950 dark:text-red-100">
          <p className="font-semibold">The {name} hit a problem and was closed.</p>
          <p className="mt-1">{error instanceof Error ? error.message : String(error)}</p>
          <button
            type="button"
            onClick={resetErrorBoundary}
            className="mt-2 rounded-md border border-red-800 dark:border-red-400 px-3 py-1 font-medium hover:bg-red-100 dark:hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-red-900 dark:focus-visible:outline-red-300"
          >
            Try again
          </button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  )
}
