import { create } from 'zustand'

type UiState = {
  /** Parts of a link that could not be applied, said once in a notice. */
  ignoredParams: readonly string[]
  setIgnoredParams: (ignored: readonly string[]) => void
}

/** Small, non-shareable UI state: nothing here goes into the URL. */
export const useUiStore = create<UiState>()((set) => ({
  ignoredParams: [],
  setIgnoredParams: (ignoredParams) => set({ ignoredParams }),
}))
