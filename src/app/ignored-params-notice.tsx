import { useActions, useIgnoredParams } from '../state/store/hooks'
import { Button } from '../ui/button'

/** One short notice for the parts of a link that could not be applied; the rest still applies. */
export function IgnoredParamsNotice() {
  const ignored = useIgnoredParams()
  const { setIgnoredParams: dismiss } = useActions()
  if (ignored.length === 0) return null
  return (
    <div role="status" className="flex items-start justify-between gap-3 rounded-md border border-amber-400 dark:border-amber-500 bg-amber-50 dark:bg-amber-950 px-4 py-2 text-sm text-amber-950 dark:text-amber-100">
      <p>
        <span className="font-semibold">Part of this link was ignored:</span> {ignored.join('; ')}.
      </p>
      <Button variant="quiet" size="sm" onClick={() => dismiss([])} className="shrink-0">
        Dismiss
      </Button>
    </div>
  )
}
