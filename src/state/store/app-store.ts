import { create } from 'zustand'
import type { DatasetSource } from '../../dataset/source-query'
import { DEFAULT_VIEW, type ViewState } from '../view-state'
import { BUNDLED, sourceActions, type SourceActions } from './source-slice'
import { introActions, readStoredIntroCollapsed, type IntroActions } from './intro-slice'
import { readStoredTheme, themeActions, type ThemeActions, type ThemeChoice } from './theme-slice'
import { UI_INITIAL, uiActions, type UiActions, type UiState } from './ui-slice'
import { viewActions, type ViewActions } from './view-slice'

export type AppActions = ViewActions & UiActions & SourceActions & ThemeActions & IntroActions

export type AppState = UiState & {
  /** What a link reproduces; url-sync keeps the URL in step with it. */
  view: ViewState
  /** Which dataset is shown. A file cannot be part of a link, so it lives only here. */
  source: DatasetSource
  theme: ThemeChoice
  /** The dataset's introduction is folded away; remembered in this browser. */
  introCollapsed: boolean
  /** Every action, on one stable object: components take them with useActions(). */
  actions: AppActions
}

export type SetApp = (partial: Partial<AppState> | ((state: AppState) => Partial<AppState>)) => void

/** The one store, made of slices. Components read it through the selector hooks in hooks.ts. */
export const useAppStore = create<AppState>()((set) => ({
  ...UI_INITIAL,
  view: DEFAULT_VIEW,
  source: BUNDLED,
  theme: readStoredTheme(),
  introCollapsed: readStoredIntroCollapsed(),
  actions: { ...viewActions(set), ...uiActions(set), ...sourceActions(set), ...themeActions(set), ...introActions(set) },
}))

/** Back to the state a page starts in: for tests. */
export function resetAppStore(): void {
  useAppStore.setState({ ...UI_INITIAL, view: DEFAULT_VIEW, source: BUNDLED })
}
