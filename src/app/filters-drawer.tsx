import { activeFilterCount } from '../domain/active-filters'
import { FilterPanel } from '../features/filters/filter-panel'
import { useAppStore } from '../state/store/app-store'
import { useActions, useFiltersDrawerOpen } from '../state/store/hooks'
import { Button } from '../ui/button'
import { Modal } from '../ui/modal'
import { PanelBoundary } from './panel-boundary'

/** The filter panel in a modal side drawer, for layouts with no room for a filter column. */
export function FiltersDrawer() {
  const open = useFiltersDrawerOpen()
  const { setFiltersDrawerOpen } = useActions()
  const count = useAppStore((s) => activeFilterCount(s.view.filters))
  const close = () => setFiltersDrawerOpen(false)
  return (
    <>
      <Button aria-haspopup="dialog" onClick={() => setFiltersDrawerOpen(true)} className="inline-flex items-center gap-2 font-semibold">
        Filters
        {count > 0 && (
          <span className="rounded-full bg-blue-700 px-2 text-xs leading-5 font-bold text-white dark:bg-blue-300 dark:text-slate-950">
            {count}
            <span className="sr-only"> active</span>
          </span>
        )}
      </Button>
      <Modal open={open} onClose={close} labelledBy="filters-heading" placement="drawer">
        <div className="flex flex-col gap-2 p-3">
          <Button variant="primary" onClick={close} className="self-end px-4">
            Done<span className="sr-only">: close the filters</span>
          </Button>
          <PanelBoundary name="filter panel">
            <FilterPanel />
          </PanelBoundary>
        </div>
      </Modal>
    </>
  )
}
