import { afterEach } from 'vitest'
import { useAppStore } from '../state/store/app-store'

// Test files share one jsdom per worker (isolate: false, for speed): each test starts from a clean
// store, storage and address, whatever ran before it.
afterEach(() => {
  useAppStore.setState(useAppStore.getInitialState(), true)
  localStorage.clear()
  sessionStorage.clear()
  history.replaceState(null, '', '/')
})
