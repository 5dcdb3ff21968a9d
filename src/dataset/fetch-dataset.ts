import { markPhase } from './phase-marks'
import { parseDataset } from './validate'
import { clipText, DatasetError } from './problems'
import type { Dataset } from './schema'
import { decodeUtf8, notUtf8 } from './utf8'

/**
 * Only pathological files are refused: a generated 100,000-event dataset is around 60 MB, and
 * a browser can still parse a few times that.
 */
export const MAX_DATASET_BYTES = 200 * 1024 * 1024

/** A request that receives nothing for this long (headers or body) is given up as hanging. */
export const STALL_TIMEOUT_MS = 30_000

export type FetchDatasetOptions = {
  /** The page's origin, to tell whether a failed request may have been refused by CORS. */
  pageOrigin?: string
  /** Overrides STALL_TIMEOUT_MS; for unit tests. */
  stallMs?: number
  /** Overrides MAX_DATASET_BYTES; for unit tests. */
  maxBytes?: number
}

const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`

function describeStatus(response: Response): string {
  return `${response.status} ${response.statusText}`.trim()
}

/** Aborts when `ms` pass without a call to `touch`, and says why. */
function stallWatch(ms: number, outer: AbortSignal | undefined) {
  const controller = new AbortController()
  let stalled = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const touch = () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      stalled = true
      controller.abort()
    }, ms)
  }
  const onOuterAbort = () => controller.abort()
  outer?.addEventListener('abort', onOuterAbort)
  if (outer?.aborted) controller.abort()
  touch()
  return {
    signal: controller.signal,
    touch,
    stalled: () => stalled,
    stop: () => {
      clearTimeout(timer)
      outer?.removeEventListener('abort', onOuterAbort)
    },
  }
}

/**
 * Reads the body as UTF-8 as it arrives, refusing it as soon as it passes maxBytes. A link opened by
 * the reader is read in the import worker, so only the bundled dataset is read on the page.
 */
async function readText(response: Response, url: string, maxBytes: number, onProgress: () => void): Promise<string> {
  const tooBig = () =>
    new DatasetError(`${url} is larger than ${megabytes(maxBytes)}; that is too big to be a dataset this app can show.`)
  const declared = Number(response.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > maxBytes) throw tooBig()
  if (!response.body) return decodeUtf8(await response.arrayBuffer(), url)
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const reader = response.body.getReader()
  const parts: string[] = []
  let received = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      onProgress()
      if (done) break
      received += value.byteLength
      if (received > maxBytes) {
        void reader.cancel()
        throw tooBig()
      }
      parts.push(decoder.decode(value, { stream: true }))
    }
    parts.push(decoder.decode())
  } catch (error) {
    if (error instanceof TypeError && /decode|encod/i.test(error.message)) throw notUtf8(url)
    throw error
  }
  return parts.join('')
}

/** Fetches dataset text and validates it; every failure becomes a DatasetError a reader can act on. */
export async function fetchDataset(url: string, signal?: AbortSignal, options: FetchDatasetOptions = {}): Promise<Dataset> {
  const text = await fetchDatasetText(url, signal, options)
  markPhase('dataset fetched')
  return parseDataset(text)
}

/** A relative URL is the page's own; an absolute one is another site's unless it has the page's origin. */
function isCrossOrigin(url: string, pageOrigin: string | undefined): boolean {
  try {
    return new URL(url).origin !== pageOrigin
  } catch {
    return false
  }
}

/** Fetches the text of a dataset file in any format, with the same limits and messages. */
export async function fetchDatasetText(url: string, signal?: AbortSignal, options: FetchDatasetOptions = {}): Promise<string> {
  const shownUrl = clipText(url, 200)
  const watch = stallWatch(options.stallMs ?? STALL_TIMEOUT_MS, signal)
  // Not retried by itself: the reader has already waited, and the Retry button is right there.
  const stalledError = () =>
    new DatasetError(
      `The server stopped answering: nothing arrived from ${shownUrl} for ${Math.round((options.stallMs ?? STALL_TIMEOUT_MS) / 1000)} seconds.`,
    )
  try {
    let response: Response
    try {
      response = await fetch(url, { signal: watch.signal, headers: { Accept: 'application/json, text/csv;q=0.9, */*;q=0.5' } })
    } catch (error) {
      if (watch.stalled()) throw stalledError()
      if (signal?.aborted) throw error
      // A browser reports a CORS refusal exactly like a network failure.
      const cors = isCrossOrigin(url, options.pageOrigin) ? ' or it does not allow other sites to load its data (CORS)' : ''
      throw new DatasetError(`Could not reach ${shownUrl}: check your connection${cors}, and try again.`, [], { transient: true })
    }
    watch.touch()
    if (!response.ok) {
      throw new DatasetError(`The server answered ${describeStatus(response)} for ${shownUrl}.`, [], {
        transient: response.status >= 500 || response.status === 408 || response.status === 429,
      })
    }
    if (/\bhtml\b/i.test(response.headers.get('content-type') ?? '')) {
      void response.body?.cancel()
      throw new DatasetError(`${shownUrl} returned a web page (HTML), not a JSON dataset.`)
    }
    let text: string
    try {
      text = await readText(response, shownUrl, options.maxBytes ?? MAX_DATASET_BYTES, watch.touch)
    } catch (error) {
      if (error instanceof DatasetError) throw error
      if (watch.stalled()) throw stalledError()
      if (signal?.aborted) throw error
      throw new DatasetError(`The connection broke while downloading ${shownUrl}. Try again.`, [], { transient: true })
    }
    watch.stop()
    if (/^\s*</.test(text)) {
      throw new DatasetError(`${shownUrl} returned a web page (HTML), not a JSON dataset.`)
    }
    return text
  } finally {
    watch.stop()
  }
}
