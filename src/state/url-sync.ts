import type { DatasetSource } from '../dataset/source-query'
import { datasetUrl } from '../dataset/web-url'
import { DATA_PARAM, dataParamOf, dataUrlFrom } from './data-param'
import type { HistoryKind } from './param-kinds'
import { useAppStore, type AppState } from './store/app-store'
import { BUNDLED } from './store/source-slice'
import type { KnownIds } from '../domain/dataset-index'
import { dropUnknownIds, historyKind, parseView, viewUrl } from './url-codec'
import { settleStoryLink, type LinkedStory } from './story-view'
import type { ViewState } from './view-state'

/**
 * The one module that touches `location` and `history`. It reads the URL into the store on start and
 * on Back/Forward, and writes each store change into it as VIEW_PARAMS says: a new entry, a throttled
 * rewrite for pans and zooms, or one entry per burst of typing.
 */

/** Pans and zooms rewrite the current entry at most this often, so history never floods. */
const WINDOW_WRITE_MS = 300
/** Keystrokes this close together are one search, so one history entry. */
const TYPING_MS = 1000

const store = () => useAppStore.getState()

/** The URL for a view of a source: `data=` names the source, the rest is the view. */
function hrefFor(win: Window, view: ViewState, source: DatasetSource): string {
  const url = new URL(win.location.href)
  const data = dataParamOf(source)
  if (data === null) url.searchParams.delete(DATA_PARAM)
  else url.searchParams.set(DATA_PARAM, data)
  return viewUrl(url.href, view)
}

/**
 * A file cannot be part of a link, so its history entries carry the file's serial in `history.state`,
 * and this page remembers which file that was. After a reload the serial means nothing: curated data.
 */
type EntryState = { fileSerial: number }
const openedFiles = new Map<number, DatasetSource>()

function entryStateOf(source: DatasetSource): EntryState | null {
  if (source.kind !== 'file') return null
  openedFiles.set(source.serial, source)
  return { fileSerial: source.serial }
}

function fileOfEntry(state: unknown): DatasetSource | undefined {
  if (typeof state !== 'object' || state === null || !('fileSerial' in state)) return undefined
  return typeof state.fileSerial === 'number' ? openedFiles.get(state.fileSerial) : undefined
}

/** What the address says: the source it links to and the view. */
function readLocation(win: Window) {
  const { state, ignored } = parseView(win.location.search)
  const data = dataUrlFrom(win.location.search, win.location.origin)
  const linked: DatasetSource = data.url ? { kind: 'url', url: data.url } : (fileOfEntry(win.history.state) ?? BUNDLED)
  return { view: state, ignoredParams: data.problem ? [...ignored, data.problem] : ignored, source: linked }
}

const sameSource = (a: DatasetSource, b: DatasetSource) => a === b || (a.kind === 'url' && b.kind === 'url' && a.url === b.url) || (a.kind === 'bundled' && b.kind === 'bundled')

let quiet = false

/** Applies URL-read state without adding history: for URL reads and corrections, never for user actions. */
function applyQuietly(win: Window, patch: Partial<Pick<AppState, 'view' | 'source' | 'ignoredParams'>>): void {
  quiet = true
  try {
    store().actions.applyLink(patch)
  } finally {
    quiet = false
  }
  const { view, source } = store()
  win.history.replaceState(entryStateOf(source), '', hrefFor(win, view, source))
}

/** Starts keeping the URL and the store in step. Returns a function that stops it. */
export function startUrlSync(win: Window = window): () => void {
  const initial = readLocation(win)
  applyQuietly(win, initial)

  let last: { kind: HistoryKind; at: number } | null = null
  let windowTimer: ReturnType<typeof setTimeout> | null = null

  const write = (mode: 'push' | 'replace') => {
    const { view, source } = store()
    const href = hrefFor(win, view, source)
    if (href === win.location.href) return
    if (mode === 'push') win.history.pushState(entryStateOf(source), '', href)
    else win.history.replaceState(entryStateOf(source), '', href)
  }
  const flushWindow = () => {
    if (windowTimer === null) return
    clearTimeout(windowTimer)
    windowTimer = null
    write('replace')
  }

  const unsubscribe = useAppStore.subscribe((next, prev) => {
    if (quiet) return
    const kind = next.source !== prev.source ? 'push' : historyKind(prev.view, next.view)
    if (kind === null) return
    const now = Date.now()
    if (kind === 'throttled') {
      windowTimer ??= setTimeout(flushWindow, WINDOW_WRITE_MS)
      return
    }
    flushWindow()
    const typing = kind === 'typing' && last?.kind === 'typing' && now - last.at < TYPING_MS
    write(typing ? 'replace' : 'push')
    last = { kind, at: now }
  })

  const onPopState = () => {
    if (windowTimer !== null) clearTimeout(windowTimer)
    windowTimer = null
    last = null
    const current = store().source
    const read = readLocation(win)
    // The same linked URL keeps its object, so its query (and the panels) stay as they are.
    applyQuietly(win, { ...read, source: sameSource(read.source, current) ? current : read.source })
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
  const { state, ignored } = dropUnknownIds(store().view, known)
  if (ignored.length === 0) return
  applyQuietly(win, { view: state, ignoredParams: [...store().ignoredParams, ...ignored] })
}

/** Once the dataset is known, opens the story step a link names (see settleStoryLink); no history entry. */
export function settleStoryFromLink(stories: readonly LinkedStory[], known?: KnownIds, win: Window = window): void {
  const { state, ignored } = settleStoryLink(store().view, stories, known)
  if (state === store().view) return
  applyQuietly(win, { view: state, ignoredParams: [...store().ignoredParams, ...ignored] })
}

/** The shareable URL of a view of a dataset. */
export function shareUrl(view: ViewState, source: DatasetSource, win: Window = window): string {
  return hrefFor(win, view, source)
}

/** ?embed=1: the timeline alone, for an iframe. Fixed for the life of the page. */
export function isEmbedded(win: Window = window): boolean {
  return new URLSearchParams(win.location.search).get('embed') === '1'
}

/** The same view in the full app: what an embedded timeline links to. */
export function fullAppUrl(view: ViewState, source: DatasetSource, win: Window = window): string {
  const url = new URL(shareUrl(view, source, win))
  url.searchParams.delete('embed')
  return url.href
}

export function pageOrigin(win: Window = window): string {
  return win.location.origin
}

/** A URL the reader typed, checked against this page's origin. */
export function checkDatasetUrl(raw: string, win: Window = window) {
  return datasetUrl(raw, win.location.origin)
}
