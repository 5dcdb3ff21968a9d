import { useEffect } from 'react'
import { useViewStore } from '../state/view-store'

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
        search.focus()
      } else if (event.key === 'Escape' && useViewStore.getState().selected !== null) {
        useViewStore.getState().select(null)
      }
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [searchInputId])
}
