import type { DatasetSource } from '../../dataset/source-query'
import { DEFAULT_VIEW } from '../view-state'
import type { AppState, SetApp } from './app-store'

export type SourceActions = {
  /**
   * Shows another dataset, from its default view: the old view's ids mean nothing in it. Called once
   * the new dataset has loaded (see useOpenDataset), so a failed open changes nothing.
   */
  showSource: (source: DatasetSource) => void
  /** What an address says, applied as it is: on load, on Back/Forward, and when a link is tidied. */
  applyLink: (link: Partial<Pick<AppState, 'view' | 'source' | 'ignoredParams'>>) => void
}

export const BUNDLED: DatasetSource = { kind: 'bundled' }

export function sourceActions(set: SetApp): SourceActions {
  return {
    showSource: (source) => set({ source, view: DEFAULT_VIEW, openAttempt: null }),
    applyLink: (link) => set(link),
  }
}
