/** Class strings shared by the filter controls, so every control looks and focuses alike. */
export const focusRing = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-400'

/** Fields ring whenever focus is in them: a date field's focus can sit in its inner parts, where :focus-visible misses it. */
export const fieldFocusRing =
  'focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-blue-700 dark:focus-within:outline-blue-400'

export const fieldsetClass = 'flex min-w-0 flex-col gap-1.5'

export const legendClass = 'mb-1 text-xs font-semibold tracking-wide text-slate-600 dark:text-slate-400 uppercase'

/** Long option lists scroll inside their group so the panel stays compact. */
export const scrollListClass = 'flex max-h-56 flex-col overflow-y-auto overscroll-contain pr-1'

export const textInputClass = `w-full rounded-md border border-slate-400 dark:border-slate-500 bg-white dark:bg-slate-900 px-2.5 py-1.5 text-sm text-slate-900 dark:text-slate-100 placeholder:text-slate-600 dark:placeholder:text-slate-400 ${fieldFocusRing}`
