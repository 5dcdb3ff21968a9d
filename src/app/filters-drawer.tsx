import { useRef, type MouseEvent } from 'react'
import { activeFilters } from '../features/filters/active-filters'
import { FilterPanel } from '../features/filters/filter-panel'
import { useAppStore } from '../state/store/app-store'
import { PanelBoundary } from './panel-boundary'

/**
 * The filter panel in a modal side drawer, for layouts with no room for a filter column.
 * A native <dialog> opened with showModal() traps focus, closes on Escape and gives focus back
 * to the button that opened it.
 */
export function FiltersDrawer() {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const count = useAppStore((s) => activeFilters(s.view.filters, (id) => id).length)
  const close = () => dialogRef.current?.close()
  // A click on the dimmed backdrop lands on the <dialog> itself: treat it as "close".
  const onDialogClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) close()
  }

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => dialogRef.current?.showModal()}
        className="inline-flex items-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:focus-visible:outline-blue-400"
      >
        Filters
        {count > 0 && (
          <span className="rounded-full bg-blue-700 px-2 text-xs leading-5 font-bold text-white dark:bg-blue-300 dark:text-slate-950">
            {count}
            <span className="sr-only"> active</span>
          </span>
        )}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby="filters-heading"
        onClick={onDialogClick}
        className="m-0 h-dvh max-h-none w-[min(22rem,calc(100vw-2.5rem))] max-w-none overflow-y-auto overscroll-contain bg-slate-50 p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/60 print:hidden dark:bg-slate-950 dark:text-slate-100"
      >
        <div className="flex flex-col gap-2 p-3">
          <button
            type="button"
            onClick={close}
            className="self-end rounded-md bg-slate-900 px-4 py-1.5 text-sm font-medium text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-slate-300 dark:focus-visible:outline-blue-400"
          >
            Done<span className="sr-only">: close the filters</span>
          </button>
          <PanelBoundary name="filter panel">
            <FilterPanel />
          </PanelBoundary>
        </div>
      </dialog>
    </>
  )
}
