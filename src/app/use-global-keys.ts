import { useEffect } from 'react'
import { flushSync } from 'react-dom'
import { useAppStore } from '../state/store/app-store'

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/** "/" jumps to the search box; Escape closes the detail. Never while the reader is typing. */
export function useGlobalKeys(searchInputId: string): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
      if (event.key === '/') {
        const search = document.getElementById(searchInputId)
        if (!search) return
        event.preventDefault()
        // On narrow layouts the search box sits in the closed filters drawer: open it first.
        const drawer = search.closest('dialog')
        if (drawer && !drawer.open) {
          // Rendered open at once, so the box can take focus now.
          flushSync(() => useAppStore.getState().actions.setFiltersDrawerOpen(true))
          if (!drawer.open) drawer.showModal()
        }
        search.focus()
      } else if (event.key === 'Escape' && useAppStore.getState().view.selected !== null) {
        // Escape in a dialog (the filters drawer) closes that dialog only.
        if (event.target instanceof Element && event.target.closest('dialog')) return
        useAppStore.getState().actions.select(null)
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [searchInputId])
}
