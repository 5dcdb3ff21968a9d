import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useUiStore } from './ui-store'
import { currentViewUrl, dropUnknownIdsFromView, startUrlSync } from './url-sync'
import { useViewStore } from './view-store'
import { DEFAULT_VIEW } from './view-state'

let stop: () => void = () => {}

function open(search: string) {
  window.history.replaceState(null, '', `/${search}`)
  useViewStore.setState(DEFAULT_VIEW)
  useUiStore.setState({ ignoredParams: [] })
  stop = startUrlSync()
}

const store = () => useViewStore.getState()
const search = () => window.location.search

function back(): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true })
    window.history.back()
  })
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }))
afterEach(() => {
  stop()
  vi.useRealTimers()
})

describe('url-sync', () => {
  it('reads the view from the link and says what it ignored', () => {
    open('?c=FR&lanes=nonsense&zzz=1')
    expect(store().filters.countries).toEqual(['FR'])
    expect(store().lanes).toBe('category')
    expect(useUiStore.getState().ignoredParams).toHaveLength(2)
    // The address bar is tidied to what was applied.
    expect(search()).toBe('?c=FR')
  })

  it('adds a history entry per filter change and per selection', () => {
    open('')
    const before = window.history.length
    store().toggleCountry('FR')
    expect(search()).toBe('?c=FR')
    store().select('paris-summit')
    expect(search()).toBe('?c=FR&e=paris-summit')
    expect(window.history.length).toBe(before + 2)
  })

  it('records pans and zooms by rewriting the current entry, throttled', () => {
    open('')
    const before = window.history.length
    for (let i = 0; i < 20; i++) store().setWindow({ start: Date.UTC(2025, 2, 1 + i), end: Date.UTC(2025, 2, 20 + i) })
    expect(search()).toBe('')
    vi.advanceTimersByTime(400)
    expect(search()).toBe('?t=2025-03-20T00:00:00Z~2025-04-08T00:00:00Z')
    expect(window.history.length).toBe(before)
  })

  it('keeps a burst of typing to one history entry', () => {
    open('')
    const before = window.history.length
    for (const q of ['s', 'si', 'sig', 'sign', 'signal']) {
      store().setQuery(q)
      vi.advanceTimersByTime(150)
    }
    expect(search()).toBe('?q=signal')
    expect(window.history.length).toBe(before + 1)
  })

  it('Back restores the previous view without adding history', async () => {
    vi.useRealTimers()
    open('')
    store().toggleCountry('FR')
    store().select('paris-summit')
    const length = window.history.length
    await back()
    expect(store().selected).toBeNull()
    expect(store().filters.countries).toEqual(['FR'])
    await back()
    expect(store().filters.countries).toEqual([])
    expect(window.history.length).toBe(length)
  })

  it('drops ids the dataset lacks, quietly', () => {
    open('?a=nobody,keir-starmer&e=ghost')
    const before = window.history.length
    dropUnknownIdsFromView({ countries: new Set(), actors: new Set(['keir-starmer']), events: new Set() })
    expect(store().filters.actors).toEqual(['keir-starmer'])
    expect(store().selected).toBeNull()
    expect(search()).toBe('?a=keir-starmer')
    expect(useUiStore.getState().ignoredParams).toEqual(['unknown actor "nobody"', 'unknown event "ghost"'])
    expect(window.history.length).toBe(before)
  })

  it('builds permalinks from the same codec', () => {
    open('?c=GB')
    expect(currentViewUrl({ selected: 'paris-summit' })).toBe(`${window.location.origin}/?c=GB&e=paris-summit`)
  })
})
