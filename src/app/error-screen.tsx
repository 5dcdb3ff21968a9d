import { DatasetError, describeFailure } from '../dataset/problems'
import { ProblemList } from '../ui/problem-list'
import { Button } from '../ui/button'

const MAX_LISTED = 50

/** Says what went wrong in words a reader can act on, and offers a Retry that refetches. */
export function ErrorScreen({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { message, problems } = describeFailure(error, 'Something went wrong while loading the dataset.')
  return (
    <div role="alert" className="mx-auto my-10 max-w-2xl rounded-lg border border-red-300 bg-red-50 p-6 text-red-950 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
      <h2 className="text-lg font-semibold">
        {error instanceof DatasetError ? 'The dataset could not be loaded' : 'Something went wrong'}
      </h2>
      <p className="mt-2 break-words">{message}</p>
      {problems.length > 0 && (
        <>
          <p className="mt-2 text-sm">Each problem is listed with its JSON path in the file:</p>
          <ProblemList problems={problems} max={MAX_LISTED} className="mt-2 max-h-80 text-sm" />
        </>
      )}
      <Button variant="danger" onClick={onRetry} className="mt-4 px-4">
        Retry
      </Button>
    </div>
  )
}
