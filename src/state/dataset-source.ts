import { create } from 'zustand'
import type { DatasetSource } from '../dataset/source-query'
import { safeHref } from '../domain/citations'
import { fetchableProblem } from '../dataset/web-url'
import { useViewStore } from './view-store'
import { DEFAULT_VIEW } from './view-state'

export const DATA_PARAM = 'data'

/** The `data` link parameter, if it is an http(s) URL; anything else is not fetched. */
export function dataUrlFrom(search: string, pageOrigin = typeof window === 'undefined' ? '' : window.location.origin): { url: string | null; problem: string | null } {
  const raw = new URLSearchParams(search).get(DATA_PARAM)
  if (raw === null || raw === '') return { url: null, problem: null }
  const url = safeHref(raw)
  if (!url) return { url: null, problem: `"data" is not an http(s) URL, so the curated dataset is shown` }
  // Refused at once, with the reason: fetching would only fail, three times, blaming the network.
  const problem = fetchableProblem(url, pageOrigin)
  return problem ? { url: null, problem: `${problem}. The curated dataset is shown.` } : { url, problem: null }
}

type OpenedFile = { file: File; serial: number }

/** A local file cannot be part of a link, so it lives here rather than in the URL. */
const useOpenedFile = create<{ opened: OpenedFile | null }>()(() => ({ opened: null }))

let serial = 0
// A page shows one linked dataset for its whole life: opening another URL loads a new page.
const linkedUrl = typeof window === 'undefined' ? null : dataUrlFrom(window.location.search).url

export function useDatasetSource(): DatasetSource {
  const opened = useOpenedFile((s) => s.opened)
  if (opened) return { kind: 'file', file: opened.file, serial: opened.serial }
  return linkedUrl ? { kind: 'url', url: linkedUrl } : { kind: 'bundled' }
}

function pageUrl(dataUrl: string | null): string {
  const url = new URL(window.location.pathname, window.location.origin)
  if (dataUrl) url.searchParams.set(DATA_PARAM, dataUrl)
  return url.href
}

/** Loads a new page for the URL: the link then carries `data=` and Back returns to this one. */
export function openDatasetUrl(url: string): void {
  window.location.assign(pageUrl(url))
}

export function openDatasetFile(file: File): void {
  // The old view's ids mean nothing in the new file, and a `data=` link would no longer be true.
  if (linkedUrl) window.history.replaceState(window.history.state, '', pageUrl(null))
  useOpenedFile.setState({ opened: { file, serial: ++serial } })
  useViewStore.getState().replaceView(DEFAULT_VIEW)
}

export function openBundledDataset(): void {
  if (linkedUrl) {
    window.location.assign(pageUrl(null))
    return
  }
  useOpenedFile.setState({ opened: null })
  useViewStore.getState().replaceView(DEFAULT_VIEW)
}
