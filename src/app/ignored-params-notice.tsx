import { useActions, useIgnoredParams } from '../state/store/hooks'

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
      <button
        type="button"
        onClick={() => dismiss([])}
        className="shrink-0 rounded px-2 py-0.5 font-medium hover:bg-amber-100 dark:hover:bg-amber-900 focus-visible:outline-2 focus-visible:outline-amber-900 dark:focus-visible:outline-amber-300"
      >
        Dismiss
      </button>
    </div>
  )
}
