import { QueryClientProvider, useSuspenseQuery } from '@tanstack/react-query'
import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DatasetBoundary, SLOW_LOADING_MS } from '../../app/dataset-boundary'
import { createQueryClient } from '../../app/query-client'
import { datasetQueryOptions } from '../../state/dataset-query'
import { sampleDataset } from '../sample-dataset'

type Reply = 'hang' | 'ok' | 'html' | 'server-error' | 'invalid'

const signals: AbortSignal[] = []
let replies: Reply[] = []

function respond(reply: Reply, signal: AbortSignal | undefined): Promise<Response> {
  switch (reply) {
    case 'hang':
      return new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))
    case 'ok':
      return Promise.resolve(new Response(JSON.stringify(sampleDataset())))
    case 'html':
      return Promise.resolve(new Response('<!doctype html><p>Sign in</p>', { headers: { 'content-type': 'text/html' } }))
    case 'server-error':
      return Promise.resolve(new Response('boom', { status: 500, statusText: 'Internal Server Error' }))
    case 'invalid':
      return Promise.resolve(new Response(JSON.stringify({ ...sampleDataset(), events: [{ ...sampleDataset().events[0], start: '2025-02-30' }] })))
  }
}

/** Reads the dataset the way the app's panels do: suspending on the same query. */
function Title() {
  return <p>Loaded: {useSuspenseQuery(datasetQueryOptions({ kind: 'bundled' })).data.dataset.meta.title}</p>
}

function renderBoundary() {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <DatasetBoundary>
        <Title />
      </DatasetBoundary>
    </QueryClientProvider>,
  )
}

const loaded = () => screen.findByText('Loaded: Sample')
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))

beforeEach(() => {
  // React logs every error a boundary catches; here those errors are the point.
  vi.spyOn(console, 'error').mockImplementation(() => {})
  vi.useFakeTimers()
  signals.length = 0
  vi.stubGlobal(
    'fetch',
    vi.fn((_url: string, init?: RequestInit) => {
      if (init?.signal) signals.push(init.signal)
      return respond(replies.shift() ?? 'ok', init?.signal ?? undefined)
    }),
  )
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('DatasetBoundary', () => {
  it('says it is loading, then after a while that it is still waiting, and Try again restarts the request', async () => {
    replies = ['hang', 'ok']
    renderBoundary()
    expect(screen.getByRole('status')).toHaveTextContent('Loading the dataset…')
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull()
    await advance(SLOW_LOADING_MS)
    expect(screen.getByRole('status')).toHaveTextContent('Still loading the dataset')
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    await advance(0)
    vi.useRealTimers()
    await loaded()
    expect(signals[0]!.aborted).toBe(true)
    expect(fetch).toHaveBeenCalledTimes(2)
  })

  it('Stop loading cancels the request and offers Retry', async () => {
    replies = ['hang', 'ok']
    renderBoundary()
    await advance(SLOW_LOADING_MS)
    fireEvent.click(screen.getByRole('button', { name: 'Stop loading' }))
    await advance(0)
    expect(screen.getByRole('alert')).toHaveTextContent('Loading was stopped before the dataset arrived.')
    expect(signals[0]!.aborted).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }))
    vi.useRealTimers()
    await loaded()
  })

  it('explains a web page served instead of the dataset, and Retry loads it', async () => {
    replies = ['html', 'ok']
    renderBoundary()
    await advance(100)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('returned a web page (HTML), not a JSON dataset')
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    vi.useRealTimers()
    await loaded()
  })

  it('retries a server error by itself before giving up, then Retry works', async () => {
    replies = ['server-error', 'server-error', 'server-error', 'ok']
    renderBoundary()
    await advance(5_000)
    expect(fetch).toHaveBeenCalledTimes(3)
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('The server answered 500 Internal Server Error')
    fireEvent.click(within(alert).getByRole('button', { name: 'Retry' }))
    vi.useRealTimers()
    await loaded()
  })

  it('lists an invalid dataset problem by problem, with paths', async () => {
    replies = ['invalid']
    renderBoundary()
    await advance(100)
    const list = screen.getByRole('list', { name: 'Problems' })
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toContain('$.events[0].start: Not a real calendar date')
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})
