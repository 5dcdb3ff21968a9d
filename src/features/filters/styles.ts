/** Class strings shared by the filter controls, so every control looks and focuses alike. */
export const focusRing = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700'

export const fieldsetClass = 'flex min-w-0 flex-col gap-1.5'

export const legendClass = 'mb-1 text-xs font-semibold tracking-wide text-slate-600 uppercase'

/** Long option lists scroll inside their group so the panel stays compact. */
export const scrollListClass = 'flex max-h-56 flex-col overflow-y-auto overscroll-contain pr-1'

export const textInputClass = `w-full rounded-md border border-slate-400 bg-white px-2.5 py-1.5 text-sm text-slate-900 placeholder:text-slate-600 ${focusRing}`
