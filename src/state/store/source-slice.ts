import type { DatasetSource } from '../../dataset/source-query'
import { DEFAULT_VIEW } from '../view-state'
import type { SetApp } from './app-store'

export type SourceActions = {
  /**
   * Shows another dataset, from its default view: the old view's ids mean nothing in it. Called once
   * the new dataset has loaded (see useOpenDataset), so a failed open changes nothing.
   */
  showSource: (source: DatasetSource) => void
  /** Back/Forward to an entry with another `data=` link: its own view comes with it. */
  restoreSource: (source: DatasetSource, view: typeof DEFAULT_VIEW) => void
}

export const BUNDLED: DatasetSource = { kind: 'bundled' }

export function sourceActions(set: SetApp): SourceActions {
  return {
    showSource: (source) => set({ source, view: DEFAULT_VIEW, openAttempt: null }),
    restoreSource: (source, view) => set({ source, view }),
  }
}
