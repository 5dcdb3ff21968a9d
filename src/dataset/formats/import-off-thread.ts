import type { DatasetFormat } from './detect-format'
import { DatasetError, type Problem } from '../problems'
import type { Dataset, Source, TimelineEvent } from '../schema'
import type { ImportResult } from './import-dataset'
import { fetchDatasetText } from '../fetch-dataset'
import { decodeUtf8 } from '../utf8'
import { eventUnpacker, type PackedEvents } from './event-transport'
import { pageTurn, STEP_BUDGET_MS, timeBudget } from '../page-turns'

/** A linked dataset, fetched by whoever imports it: in the worker, its download never holds the page. */
export type DatasetLink = { url: string; pageOrigin?: string }
/** Text, a file or a link. A file goes over as it is (a Blob is passed by reference), and the worker decodes it, not the page. */
export type ImportInput = string | Blob | DatasetLink
export type ImportRequest = { input: ImportInput; fileName?: string }
export type ImportReply =
  | { kind: 'progress'; phase: 'checked'; done: number; total: number }
  | { kind: 'events'; packed: PackedEvents; total: number }
  | { kind: 'sources'; items: Source[]; total: number }
  | { kind: 'done'; rest: Dataset; problems: Problem[]; format: DatasetFormat }
  | { kind: 'failed'; message: string; problems: Problem[]; transient: boolean }

/** Below this, starting a worker costs more than the import: the file is read where it is. */
export const OFF_THREAD_CHARS = 200_000
/**
 * Items per message back. Sent as objects, 5,000 rich events took the page 200–300 ms to unpack, and
 * 2,000 up to 120 ms once a garbage collection fell inside. Packed (event-transport), on a slower
 * 2-core machine a message of 1,000 still took up to 163 ms when a collection fell inside (4 of 6
 * size-limit opens over 100 ms); of 400, at most 75 ms in 6 opens, and the open was no slower.
 */
export const IMPORT_CHUNK = 400
/** The strings of several messages go ahead in one text of at least this many characters: over 128 KB, V8 never copies it (event-transport). */
export const IMPORT_TEXT_CHARS = 256 * 1024

/** The text to import: a file's bytes decoded as UTF-8, or a link's download. */
export async function inputText(input: ImportInput, fileName: string | undefined, signal?: AbortSignal): Promise<string> {
  if (typeof input === 'string') return input
  if (input instanceof Blob) return decodeUtf8(await input.arrayBuffer(), fileName ?? 'The file')
  return fetchDatasetText(input.url, signal, { pageOrigin: input.pageOrigin })
}

/** How far the import has got: rows checked, then events and sources received, of all there are. */
export type ImportProgress = (progress: { phase: 'checked' | 'received'; done: number; total: number }) => void

/**
 * importDataset in a Web Worker, so that a large file never blocks the page; aborting the signal
 * (the reader's Stop) terminates it. Small files, and places without workers (tests), import inline.
 */
export async function importOffThread(input: ImportInput, fileName?: string, signal?: AbortSignal, onProgress?: ImportProgress): Promise<ImportResult> {
  // A link's size is known only once it is downloaded, so links always go to a worker where there is one.
  const size = typeof input === 'string' ? input.length : input instanceof Blob ? input.size : Infinity
  if (size < OFF_THREAD_CHARS || typeof Worker === 'undefined') {
    // Loaded on first use: the importers (papaparse, country names…) stay out of the page's first load.
    const { importDataset } = await import('./import-dataset')
    return importDataset(await inputText(input, fileName, signal), fileName)
  }
  return new Promise<ImportResult>((resolve, reject) => {
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'dataset import' })
    // Kept packed until the worker is done: unpacked as they came, the page's collections ran while
    // the worker held one of two cores, and a size-limit CSV open held the page 200-600 ms at a time.
    const packed: PackedEvents[] = []
    let received = 0
    const sources: Source[] = []
    const finish = () => {
      worker.terminate()
      signal?.removeEventListener('abort', onAbort)
    }
    const onAbort = () => {
      finish()
      reject(signal?.reason ?? new DOMException('The import was stopped', 'AbortError'))
    }
    if (signal?.aborted) return onAbort()
    signal?.addEventListener('abort', onAbort, { once: true })
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data
      switch (reply.kind) {
        case 'progress':
          return onProgress?.({ phase: reply.phase, done: reply.done, total: reply.total })
        case 'events':
        case 'sources': {
          if (reply.kind === 'events') {
            packed.push(reply.packed)
            received += reply.packed.count
          } else for (const item of reply.items) sources.push(item)
          onProgress?.({ phase: 'received', done: received + sources.length, total: reply.total })
          return
        }
        case 'done':
          worker.terminate()
          return void unpackInTurns(packed, signal).then((events) => {
            // Stopped while unpacking: onAbort has already said so.
            if (signal?.aborted) return
            finish()
            resolve({ dataset: { ...reply.rest, events, sources }, problems: reply.problems, format: reply.format })
          })
        case 'failed':
          finish()
          return reject(new DatasetError(reply.message, reply.problems, { transient: reply.transient }))
      }
    }
    worker.onerror = (event) => {
      finish()
      event.preventDefault()
      reject(new DatasetError(`The importer could not run: ${event.message || 'the worker failed to start'}`))
    }
    worker.postMessage({ input, fileName } satisfies ImportRequest)
  })
}

/** The events of every message, in order, with a turn for the page every STEP_BUDGET_MS; none once stopped. */
async function unpackInTurns(messages: PackedEvents[], signal: AbortSignal | undefined): Promise<TimelineEvent[]> {
  const unpack = eventUnpacker()
  const events: TimelineEvent[] = []
  const due = timeBudget(STEP_BUDGET_MS)
  for (let i = 0; i < messages.length && !signal?.aborted; i++) {
    for (const event of unpack(messages[i] as PackedEvents)) events.push(event)
    if (due()) await pageTurn()
  }
  return events
}
