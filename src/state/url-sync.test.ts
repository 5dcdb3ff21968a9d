import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { resetAppStore, useAppStore } from './store/app-store'
import { BUNDLED } from './store/source-slice'
import { parseStepView } from './story-view'
import { dropUnknownIdsFromView, settleStoryFromLink, shareUrl, startUrlSync } from './url-sync'

let stop: () => void = () => {}

function open(search: string) {
  // A push, not a replace: it also drops forward entries an earlier test left by going Back.
  window.history.pushState(null, '', `/${search}`)
  resetAppStore()
  stop = startUrlSync()
}

const store = () => ({ ...useAppStore.getState().view, ...useAppStore.getState().actions })
const ignoredParams = () => useAppStore.getState().ignoredParams
const search = () => window.location.search

function go(step: -1 | 1): Promise<void> {
  return new Promise((resolve) => {
    window.addEventListener('popstate', () => resolve(), { once: true })
    window.history.go(step)
  })
}
const back = () => go(-1)
const forward = () => go(1)

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
    expect(ignoredParams()).toHaveLength(2)
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
    dropUnknownIdsFromView({ categories: new Set(), countries: new Set(), actors: new Set(['keir-starmer']), events: new Set() })
    expect(store().filters.actors).toEqual(['keir-starmer'])
    expect(store().selected).toBeNull()
    expect(search()).toBe('?a=keir-starmer')
    expect(ignoredParams()).toEqual(['unknown actor "nobody"', 'unknown event "ghost"'])
    expect(window.history.length).toBe(before)
  })

  it('builds permalinks from the same codec', () => {
    open('?c=GB')
    expect(shareUrl({ ...useAppStore.getState().view, selected: 'paris-summit' }, BUNDLED)).toBe(`${window.location.origin}/?c=GB&e=paris-summit`)
  })

  it('names a linked dataset in the URL, and drops the name for the curated one', () => {
    open('?data=https%3A%2F%2Fexample.org%2Fd.json&c=FR')
    expect(useAppStore.getState().source).toEqual({ kind: 'url', url: 'https://example.org/d.json' })
    const before = window.history.length
    useAppStore.getState().actions.showSource(BUNDLED)
    // A new dataset starts from its default view, in a new history entry.
    expect(search()).toBe('')
    expect(window.history.length).toBe(before + 1)
    useAppStore.getState().actions.showSource({ kind: 'url', url: 'https://example.org/other.json' })
    expect(new URLSearchParams(search()).get('data')).toBe('https://example.org/other.json')
  })

  it('Back returns to the previous dataset with its view', async () => {
    vi.useRealTimers()
    open('?data=https%3A%2F%2Fexample.org%2Fd.json')
    store().toggleCountry('FR')
    useAppStore.getState().actions.showSource(BUNDLED)
    expect(useAppStore.getState().source).toBe(BUNDLED)
    await back()
    expect(useAppStore.getState().source).toEqual({ kind: 'url', url: 'https://example.org/d.json' })
    expect(store().filters.countries).toEqual(['FR'])
  })

  it('walks Back and Forward through opened files, though a link cannot name them', async () => {
    vi.useRealTimers()
    open('?c=GB')
    const file = { kind: 'file', file: new File(['{}'], 'mine.json'), serial: 1 } as const
    useAppStore.getState().actions.showSource(file)
    store().toggleCountry('FR')
    expect(search()).toBe('?c=FR')
    await back()
    expect(useAppStore.getState().source).toBe(file)
    expect(store().filters.countries).toEqual([])
    await back()
    expect(useAppStore.getState().source).toBe(BUNDLED)
    expect(store().filters.countries).toEqual(['GB'])
    await forward()
    expect(useAppStore.getState().source).toBe(file)
  })

  describe('stories', () => {
    const STORY = { id: 'tale', steps: [{ view: 'k=summit&e=paris-summit' }, { view: 'c=FR&t=2025-03-20T00:00:00Z~2025-03-30T00:00:00Z' }] }
    const enter = (step: number) => store().enterStep(STORY.id, step, parseStepView(STORY.steps[step - 1]!.view).view)

    it('gives each step one history entry holding the step and its view, and Back walks the steps', async () => {
      vi.useRealTimers()
      open('?view=list')
      const before = window.history.length
      enter(1)
      expect(search()).toBe('?k=summit&view=list&e=paris-summit&story=tale&step=1')
      enter(2)
      // The window is part of the step, so it is written at once, not throttled.
      expect(search()).toBe('?c=FR&view=list&t=2025-03-20T00:00:00Z~2025-03-30T00:00:00Z&story=tale&step=2')
      expect(window.history.length).toBe(before + 2)
      await back()
      expect(store().step).toBe(1)
      expect(store().selected).toBe('paris-summit')
      expect(store().window).toBeNull()
      await back()
      expect(store().story).toBeNull()
      expect(store().filters.categories).toEqual([])
      await forward()
      expect(store().step).toBe(1)
    })

    it('leaving keeps the view, in a new entry: Back reopens the step', async () => {
      vi.useRealTimers()
      open('')
      enter(2)
      store().leaveStory()
      expect(search()).toBe('?c=FR&t=2025-03-20T00:00:00Z~2025-03-30T00:00:00Z')
      await back()
      expect(store().story).toBe('tale')
      expect(store().step).toBe(2)
    })

    it('opens the step a bare link names, without adding history', () => {
      open('?story=tale&step=2')
      const before = window.history.length
      settleStoryFromLink([STORY])
      expect(search()).toBe('?c=FR&t=2025-03-20T00:00:00Z~2025-03-30T00:00:00Z&story=tale&step=2')
      expect(window.history.length).toBe(before)
    })

    it('drops a story the dataset lacks, and says so', () => {
      open('?story=nope')
      settleStoryFromLink([STORY])
      expect(search()).toBe('')
      expect(ignoredParams()).toEqual(['unknown story "nope"'])
    })
  })
})
