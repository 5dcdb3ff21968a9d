// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest'
import { sampleDataset } from '../test/sample-dataset'
import { shouldRetryDataset } from './dataset-query'
import { fetchDataset, fetchDatasetText } from './fetch-dataset'
import { DatasetError } from './problems'

const URL_ = '/assets/data.json'
const json = JSON.stringify(sampleDataset())

function serve(respond: (init: RequestInit | undefined) => Promise<Response> | Response) {
  const mock = vi.fn((_url: string, init?: RequestInit) => Promise.resolve(respond(init)))
  vi.stubGlobal('fetch', mock)
  return mock
}

/** Resolves with headers, then never sends the body until aborted. */
function stalledBody(init: RequestInit | undefined): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"meta":'))
      init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')))
    },
  })
  return new Response(body, { headers: { 'content-type': 'application/json' } })
}

/** Never answers until aborted, like a hung server. */
const hang = (init: RequestInit | undefined) =>
  new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  const error = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  )
  if (!(error instanceof DatasetError)) throw error
  return error
}

afterEach(() => {
  vi.unstubAllGlobals()
  vi.useRealTimers()
})

describe('fetchDataset', () => {
  it('loads a valid dataset', async () => {
    serve(() => new Response(json))
    expect((await fetchDataset(URL_)).events).toHaveLength(2)
  })

  it('says when the network is down, and marks it worth retrying', async () => {
    serve(() => Promise.reject(new TypeError('Failed to fetch')))
    const error = await failure(fetchDataset(URL_))
    expect(error.message).toBe(`Could not reach ${URL_}: check your connection, and try again.`)
    expect(shouldRetryDataset(0, error)).toBe(true)
  })

  it('names CORS as a cause only for another site', async () => {
    serve(() => Promise.reject(new TypeError('Failed to fetch')))
    const other = 'https://data.example.org/d.json'
    const elsewhere = await failure(fetchDatasetText(other, undefined, { pageOrigin: 'https://app.example.org' }))
    expect(elsewhere.message).toContain('or it does not allow other sites to load its data (CORS)')
    const here = await failure(fetchDatasetText('https://app.example.org/d.json', undefined, { pageOrigin: 'https://app.example.org' }))
    expect(here.message).not.toContain('CORS')
  })

  it('names the status of a server error', async () => {
    serve(() => new Response('boom', { status: 503, statusText: 'Service Unavailable' }))
    const error = await failure(fetchDataset(URL_))
    expect(error.message).toBe(`The server answered 503 Service Unavailable for ${URL_}.`)
    expect(error.transient).toBe(true)
  })

  it('does not retry a missing file', async () => {
    serve(() => new Response('nope', { status: 404, statusText: 'Not Found' }))
    expect(shouldRetryDataset(0, await failure(fetchDataset(URL_)))).toBe(false)
  })

  it.each([
    ['an HTML content type', { 'content-type': 'text/html; charset=utf-8' }, '{}'],
    ['HTML sent as JSON', { 'content-type': 'application/json' }, '<!doctype html><title>Login</title>'],
  ])('refuses %s', async (_, headers, body) => {
    serve(() => new Response(body, { headers }))
    const error = await failure(fetchDataset(URL_))
    expect(error.message).toBe(`${URL_} returned a web page (HTML), not a JSON dataset.`)
    expect(shouldRetryDataset(0, error)).toBe(false)
  })

  it('refuses a web page behind a byte-order mark and white space split across chunks', async () => {
    const chunks = [new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, 0x20, 0x0a]), new TextEncoder().encode('\t<html><body>Sign in</body></html>')]
    serve(() => new Response(new ReadableStream({ start: (c) => { for (const chunk of chunks) c.enqueue(chunk); c.close() } })))
    expect((await failure(fetchDataset(URL_))).message).toBe(`${URL_} returned a web page (HTML), not a JSON dataset.`)
  })

  it('refuses a body that is not UTF-8', async () => {
    serve(() => new Response(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])))
    expect((await failure(fetchDataset(URL_))).message).toBe(`${URL_} is not UTF-8 text, so it cannot be read as a dataset. Save it as UTF-8 and open it again.`)
  })

  it('refuses an oversized file from its declared length, and while streaming one that lies', async () => {
    serve(() => new Response('{}', { headers: { 'content-length': String(10 * 1024 * 1024) } }))
    expect((await failure(fetchDataset(URL_, undefined, { maxBytes: 1024 * 1024 }))).message).toMatch(/larger than 1 MB/)
    serve(() => new Response(' '.repeat(2 * 1024 * 1024)))
    expect((await failure(fetchDataset(URL_, undefined, { maxBytes: 1024 * 1024 }))).message).toMatch(/larger than 1 MB/)
  })

  it('gives up on a server that never answers', async () => {
    vi.useFakeTimers()
    serve(hang)
    const pending = failure(fetchDataset(URL_, undefined, { stallMs: 5_000 }))
    await vi.advanceTimersByTimeAsync(5_000)
    const error = await pending
    expect(error.message).toBe(`The server stopped answering: nothing arrived from ${URL_} for 5 seconds.`)
    expect(shouldRetryDataset(0, error)).toBe(false)
  })

  it('gives up on a body that stops half way', async () => {
    vi.useFakeTimers()
    serve(stalledBody)
    const pending = failure(fetchDataset(URL_, undefined, { stallMs: 5_000 }))
    await vi.advanceTimersByTimeAsync(5_000)
    expect((await pending).message).toMatch(/^The server stopped answering/)
  })

  it('passes a caller abort through untouched', async () => {
    serve(hang)
    const controller = new AbortController()
    const pending = fetchDataset(URL_, controller.signal)
    controller.abort()
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' })
  })

  it('lists the problems of an invalid file', async () => {
    serve(() => new Response('{"meta": 1}'))
    const error = await failure(fetchDataset(URL_))
    expect(error.problems.map((p) => p.path)).toContain('$.meta')
    expect(shouldRetryDataset(0, error)).toBe(false)
  })
})
