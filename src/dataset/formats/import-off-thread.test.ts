import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeEvent } from '../../test/make-event'
import { eventPacker } from './event-transport'
import { importOffThread, OFF_THREAD_CHARS, type ImportReply } from './import-off-thread'
import { pageTurn } from '../page-turns'

/** Stands in for the import worker: the test plays its replies, and sees whether it was ended. */
class FakeWorker {
  static last: FakeWorker | null = null
  onmessage: ((event: MessageEvent<ImportReply>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  requests: unknown[] = []
  terminated = false
  constructor() {
    FakeWorker.last = this
  }
  postMessage(request: unknown) {
    this.requests.push(request)
  }
  terminate() {
    this.terminated = true
  }
  reply(data: ImportReply) {
    this.onmessage?.({ data } as MessageEvent<ImportReply>)
  }
}

function started(): FakeWorker {
  const worker = FakeWorker.last
  if (!worker) throw new Error('no worker was started')
  return worker
}

const largeText = 'x'.repeat(OFF_THREAD_CHARS)

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  FakeWorker.last = null
})

describe('importOffThread with a worker', () => {
  it('reports rows checked and items received, and assembles the chunks in order', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const progress: unknown[] = []
    const result = importOffThread(largeText, 'big.csv', undefined, (p) => progress.push(p))
    const worker = started()
    expect(worker.requests).toEqual([{ input: largeText, fileName: 'big.csv' }])
    const [a, b, c] = [makeEvent('a'), makeEvent('b'), makeEvent('c')]
    worker.reply({ kind: 'progress', phase: 'checked', done: 1000, total: 3000 })
    const pack = eventPacker()
    worker.reply({ kind: 'events', packed: pack([a, b]), total: 3 })
    worker.reply({ kind: 'events', packed: pack([c]), total: 3 })
    worker.reply({ kind: 'done', rest: { meta: { title: 'Big' }, events: [], sources: [] } as never, problems: [], format: 'csv' })
    const { dataset, format } = await result
    expect(dataset.events).toEqual([a, b, c])
    expect(format).toBe('csv')
    expect(progress).toEqual([
      { phase: 'checked', done: 1000, total: 3000 },
      { phase: 'received', done: 2, total: 3 },
      { phase: 'received', done: 3, total: 3 },
    ])
    expect(worker.terminated).toBe(true)
  })

  it('ends the worker at once when stopped', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const stop = new AbortController()
    const progress: unknown[] = []
    const result = importOffThread(largeText, 'big.csv', stop.signal, (p) => progress.push(p))
    const worker = started()
    worker.reply({ kind: 'progress', phase: 'checked', done: 0, total: 3000 })
    stop.abort()
    expect(worker.terminated).toBe(true)
    await expect(result).rejects.toMatchObject({ name: 'AbortError' })
    expect(progress).toEqual([{ phase: 'checked', done: 0, total: 3000 }])
  })

  it('unpacks the events once the worker is done, in turns, and Stop still ends it then', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    // Every reading of the clock is 40 ms on: each message's unpacking is followed by a page turn.
    let now = 0
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 40))
    const stop = new AbortController()
    const result = importOffThread(largeText, 'big.csv', stop.signal)
    const worker = started()
    const pack = eventPacker()
    for (let i = 0; i < 5; i++) worker.reply({ kind: 'events', packed: pack([makeEvent(`e${i}`)]), total: 5 })
    worker.reply({ kind: 'done', rest: { meta: { title: 'Big' }, events: [], sources: [] } as never, problems: [], format: 'csv' })
    expect(worker.terminated).toBe(true)
    await pageTurn()
    stop.abort()
    await expect(result).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('gives the worker no work for a link stopped before it began', async () => {
    vi.stubGlobal('Worker', FakeWorker)
    const stop = new AbortController()
    stop.abort()
    await expect(importOffThread({ url: 'https://example.org/a.json' }, undefined, stop.signal)).rejects.toMatchObject({ name: 'AbortError' })
    expect(started().terminated).toBe(true)
    expect(started().requests).toEqual([])
  })
})
