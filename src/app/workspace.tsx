import { useLayoutEffect } from 'react'
import { markPhase } from '../dataset/phase-marks'
import { ImportProblems } from '../features/data-source/import-problems'
import { SourceNotice } from '../features/data-source/source-notice'
import { EventDetailPanel } from '../features/event-detail/event-detail-panel'
import { FilterPanel } from '../features/filters/filter-panel'
import { ResultsLine } from '../features/filters/results-line'
import { PrintList } from '../features/print-list/print-list'
import { StoryControl } from '../features/story/story-control'
import { StoryPanel } from '../features/story/story-panel'
import { useSelectedId, useViewMode } from '../state/store/hooks'
import { CentrePanels } from './centre-panels'
import { DatasetHeader } from './dataset-header'
import { DetailSheet } from './detail-sheet'
import { FiltersDrawer } from './filters-drawer'
import { IgnoredParamsNotice } from './ignored-params-notice'
import { PanelBoundary } from './panel-boundary'
import { ROOMY, useMediaQuery, WIDE } from './use-media-query'
import { usePrinting } from './use-printing'
import { useViewGuards } from './use-view-guards'
import { ViewToggle } from './view-toggle'

/**
 * Columns by room: filters | timeline or list | detail from 2xl; below that, an open detail takes
 * the filters' column (they move into a drawer) so the timeline keeps its width; below lg the
 * filters are a drawer and the detail a bottom sheet.
 */
function useLayout(hasSelection: boolean) {
  const wide = useMediaQuery(WIDE)
  const roomy = useMediaQuery(ROOMY)
  const filtersInDrawer = !wide || (hasSelection && !roomy)
  const detailAsSheet = !wide
  let columns = 'grid-cols-1'
  if (!filtersInDrawer) columns = hasSelection ? 'grid-cols-[17rem_minmax(0,1fr)_24rem]' : 'grid-cols-[17rem_minmax(0,1fr)]'
  else if (hasSelection && !detailAsSheet) columns = 'grid-cols-[minmax(0,1fr)_24rem]'
  return { wide, filtersInDrawer, detailAsSheet, columns }
}

/** The explorer once the dataset is in, plus the print-only list of the same events. */
export function Workspace() {
  useViewGuards()
  useLayoutEffect(() => markPhase('workspace committed'), [])
  const hasSelection = useSelectedId() !== null
  const view = useViewMode()
  const { wide, filtersInDrawer, detailAsSheet, columns } = useLayout(hasSelection)
  const printing = usePrinting()
  return (
    <>
      <div className="flex min-h-0 flex-1 flex-col gap-3 print:hidden">
        <IgnoredParamsNotice />
        <SourceNotice />
        <ImportProblems />
        <div className="flex flex-wrap items-start justify-between gap-3">
          <DatasetHeader />
          {!filtersInDrawer && (
            <div className="flex flex-wrap items-center gap-3">
              <StoryControl />
              <ViewToggle />
            </div>
          )}
        </div>
        {filtersInDrawer && (
          <div className="flex flex-wrap items-center gap-3">
            <FiltersDrawer />
            <ResultsLine />
            <div className="ml-auto flex items-center gap-2">
              {!wide && view === 'timeline' && <p className="sr-only">The list is easier to read on a small screen:</p>}
              <StoryControl />
              <ViewToggle />
            </div>
          </div>
        )}
        <StoryPanel />
        {/* Slots keep their places in the tree, so the timeline is never remounted by a layout change. */}
        {/* On a desktop screen the grid takes the rest of the screen and each column scrolls itself. */}
        <div className={`grid items-start gap-4 desk:min-h-0 desk:flex-1 desk:grid-rows-[minmax(0,1fr)] desk:items-stretch ${columns}`}>
          {!filtersInDrawer && (
            <div className="min-w-0 desk:overflow-y-auto">
              <PanelBoundary name="filter panel">
                <FilterPanel />
              </PanelBoundary>
            </div>
          )}
          <CentrePanels view={view} />
          {detailAsSheet ? (
            <DetailSheet />
          ) : (
            <div className="min-w-0 desk:min-h-0">
              <PanelBoundary name="event detail">
                <EventDetailPanel />
              </PanelBoundary>
            </div>
          )}
        </div>
      </div>
      {printing && <PrintList />}
    </>
  )
}
