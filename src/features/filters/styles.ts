import { fieldFocusRing } from '../../ui/focus-ring'

/** Class strings shared by the filter controls, so every control looks alike. */

export const fieldsetClass = 'flex min-w-0 flex-col gap-1.5'

export const legendClass = 'mb-1 text-xs font-semibold tracking-wide text-slate-600 dark:text-slate-400 uppercase'

/** Long option lists scroll inside their group so the panel stays compact. */
export const scrollListClass = 'flex max-h-56 flex-col overflow-y-auto overscroll-contain pr-1'

export const textInputClass = `w-full rounded-md border border-slate-400 dark:border-slate-500 bg-white dark:bg-slate-900 px-2.5 py-1.5 text-sm text-slate-900 dark:text-slate-100 placeholder:text-slate-600 dark:placeholder:text-slate-400 ${fieldFocusRing}`
