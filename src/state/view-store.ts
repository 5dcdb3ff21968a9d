import { create } from 'zustand'

type ViewState = {
  selectedId: string | null
  select: (id: string | null) => void
}

/** In-memory view state. Holds ids only: the dataset itself stays in TanStack Query. */
export const useViewStore = create<ViewState>()((set) => ({
  selectedId: null,
  select: (selectedId) => set({ selectedId }),
}))

export const useSelectedId = () => useViewStore((s) => s.selectedId)
export const useSelect = () => useViewStore((s) => s.select)
