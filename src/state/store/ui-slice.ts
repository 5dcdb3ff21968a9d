import type { SetApp } from './app-store'

/** How far a large file has got: rows checked, then events and sources received. */
export type OpenProgress = { phase: 'checked' | 'received'; done: number; total: number }

/** How the last attempt to open a dataset went; a failed one left the open dataset as it was. */
export type OpenAttempt =
  | { status: 'opening'; name: string; progress?: OpenProgress }
  | { status: 'failed'; name: string; error: unknown }

export type UiState = {
  /** Parts of a link that could not be applied, said once in a notice. */
  ignoredParams: readonly string[]
  openAttempt: OpenAttempt | null
  /** The filters drawer of narrow layouts: "/" opens it from anywhere. */
  filtersDrawerOpen: boolean
}

export type UiActions = {
  setIgnoredParams: (ignored: readonly string[]) => void
  setOpenAttempt: (attempt: OpenAttempt | null) => void
  /** How much of a large file has been read; only while one is opening. */
  setOpenProgress: (progress: OpenProgress) => void
  setFiltersDrawerOpen: (open: boolean) => void
}

export const UI_INITIAL: UiState = { ignoredParams: [], openAttempt: null, filtersDrawerOpen: false }

/** Small, non-shareable UI state: nothing here goes into the URL. */
export function uiActions(set: SetApp): UiActions {
  return {
    setIgnoredParams: (ignoredParams) => set({ ignoredParams }),
    setOpenAttempt: (openAttempt) => set({ openAttempt }),
    setOpenProgress: (progress) =>
      set((s) => (s.openAttempt?.status === 'opening' ? { openAttempt: { ...s.openAttempt, progress } } : {})),
    setFiltersDrawerOpen: (filtersDrawerOpen) => set({ filtersDrawerOpen }),
  }
}
