import { useAppStore } from './app-store'

/** The actions never change, so taking them never re-renders. */
export const useActions = () => useAppStore((s) => s.actions)

export const useView = () => useAppStore((s) => s.view)
export const useFilters = () => useAppStore((s) => s.view.filters)
export const useSelectedId = () => useAppStore((s) => s.view.selected)
export const useLanes = () => useAppStore((s) => s.view.lanes)
export const useViewMode = () => useAppStore((s) => s.view.view)
export const useTimeWindow = () => useAppStore((s) => s.view.window)
export const useStoryId = () => useAppStore((s) => s.view.story)
export const useStoryStep = () => useAppStore((s) => s.view.step)
export const useMapCamera = () => useAppStore((s) => s.view.map)
export const useOutsideWindow = () => useAppStore((s) => s.view.outside)
export const useIgnoredParams = () => useAppStore((s) => s.ignoredParams)
export const useOpenAttempt = () => useAppStore((s) => s.openAttempt)
export const useFiltersDrawerOpen = () => useAppStore((s) => s.filtersDrawerOpen)
export const useDatasetSource = () => useAppStore((s) => s.source)
export const useThemeChoice = () => useAppStore((s) => s.theme)
export const useIntroCollapsed = () => useAppStore((s) => s.introCollapsed)
