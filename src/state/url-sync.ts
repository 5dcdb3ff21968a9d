import { dataUrlFrom } from './dataset-source'
import { dropUnknownIds, parseView, viewUrl, type KnownIds } from './url-codec'
import { useUiStore } from './ui-store'
import { useViewStore, viewStateOf } from './view-store'
import type { ViewState } from './view-state'

/** Pans and zooms rewrite the current entry at most this often, so history never floods. */
const WINDOW_WRITE_MS = 300
/** Keystrokes this close together are one search, so one history entry. */
const TYPING_MS = 1000

type ChangeKind = 'window' | 'query' | 'other'

function changeKind(prev: ViewState, next: ViewState): ChangeKind | null {
  const { query: prevQuery, ...prevFacets } = prev.filters
  const { query: nextQuery, ...nextFacets } = next.filters
  const keys = Object.keys(nextFacets) as (keyof typeof nextFacets)[]
  const facetsOrViewChanged =
    keys.some((key) => prevFacets[key] !== nextFacets[key]) ||
    prev.lanes !== next.lanes ||
    prev.view !== next.view ||
    prev.selected !== next.selected
  if (facetsOrViewChanged) return 'other'
  if (prevQuery !== nextQuery) return 'query'
  return prev.window === next.window ? null : 'window'
}

let quiet = false

/** Applies a view without adding history: for URL reads and corrections, never for user actions. */
function applyQuietly(view: ViewState, ignored: readonly string[], win: Window): void {
  quiet = true
  try {
    useViewStore.getState().replaceView(view)
  } finally {
    quiet = false
  }
  if (ignored.length) useUiStore.getState().setIgnoredParams(ignored)
  win.history.replaceState(win.history.state, '', viewUrl(win.location.href, view))
}

/**
 * The one owner of the URL. Reads it into the store on start and on Back/Forward; writes each
 * store change into it: a new entry for filters and selection, a throttled rewrite for pans and
 * zooms, one entry per burst of typing. Returns a function that stops it.
 */
export function startUrlSync(win: Window = window): () => void {
  const initial = parseView(win.location.search)
  const data = dataUrlFrom(win.location.search)
  useUiStore.getState().setIgnoredParams(data.problem ? [...initial.ignored, data.problem] : initial.ignored)
  applyQuietly(initial.state, [], win)

  let last: { kind: ChangeKind; at: number } | null = null
  let windowTimer: ReturnType<typeof setTimeout> | null = null

  const write = (mode: 'push' | 'replace') => {
    const href = viewUrl(win.location.href, viewStateOf(useViewStore.getState()))
    if (href === win.location.href) return
    if (mode === 'push') win.history.pushState(null, '', href)
    else win.history.replaceState(win.history.state, '', href)
  }
  const flushWindow = () => {
    if (windowTimer === null) return
    clearTimeout(windowTimer)
    windowTimer = null
    write('replace')
  }

  const unsubscribe = useViewStore.subscribe((store, prevStore) => {
    if (quiet) return
    const kind = changeKind(viewStateOf(prevStore), viewStateOf(store))
    if (kind === null) return
    const now = Date.now()
    if (kind === 'window') {
      windowTimer ??= setTimeout(flushWindow, WINDOW_WRITE_MS)
      return
    }
    flushWindow()
    const typing = kind === 'query' && last?.kind === 'query' && now - last.at < TYPING_MS
    write(typing ? 'replace' : 'push')
    last = { kind, at: now }
  })

  const onPopState = () => {
    if (windowTimer !== null) clearTimeout(windowTimer)
    windowTimer = null
    last = null
    const { state, ignored } = parseView(win.location.search)
    useUiStore.getState().setIgnoredParams(ignored)
    applyQuietly(state, [], win)
  }
  win.addEventListener('popstate', onPopState)

  return () => {
    unsubscribe()
    win.removeEventListener('popstate', onPopState)
    if (windowTimer !== null) clearTimeout(windowTimer)
  }
}

/** Once the dataset is known, drops ids it lacks from the view and says so; no history entry. */
export function dropUnknownIdsFromView(known: KnownIds, win: Window = window): void {
  const { state, ignored } = dropUnknownIds(viewStateOf(useViewStore.getState()), known)
  if (ignored.length === 0) return
  const already = useUiStore.getState().ignoredParams
  applyQuietly(state, [...already, ...ignored], win)
}

/** The shareable URL of the current view, or of the view with another event selected. */
export function currentViewUrl(change: Partial<ViewState> = {}, win: Window = window): string {
  return viewUrl(win.location.href, { ...viewStateOf(useViewStore.getState()), ...change })
}

/** ?embed=1: the timeline alone, for an iframe. Fixed for the life of the page. */
export function isEmbedded(win: Window = window): boolean {
  return new URLSearchParams(win.location.search).get('embed') === '1'
}

/** The same view in the full app: what an embedded timeline links to. */
export function fullAppUrl(state: ViewState, win: Window = window): string {
  const url = new URL(viewUrl(win.location.href, state))
  url.searchParams.delete('embed')
  return url.href
}
