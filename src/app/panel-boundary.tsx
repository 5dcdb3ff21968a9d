import type { ReactNode } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { Button } from '../ui/button'

/** A fault in one panel leaves the others working, and says so where the panel was. */
export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  return (
    <ErrorBoundary
      fallbackRender={({ error, resetErrorBoundary }) => (
        <div role="alert" className="rounded-lg border border-red-300 dark:border-red-700 bg-red-50 dark:bg-red-950 p-4 text-sm text-red-950 dark:text-red-100">
          <p className="font-semibold">The {name} hit a problem and was closed.</p>
          <p className="mt-1">{error instanceof Error ? error.message : String(error)}</p>
          <Button variant="danger" onClick={resetErrorBoundary} className="mt-2">
            Try again
          </Button>
        </div>
      )}
    >
      {children}
    </ErrorBoundary>
  )
}
