/// <reference lib="webworker" />
import { DatasetError } from '../problems'
import { packedMessages } from './event-transport'
import { importDataset } from './import-dataset'
import { IMPORT_CHUNK, IMPORT_TEXT_CHARS, inputText, type ImportReply, type ImportRequest } from './import-off-thread'

/**
 * Imports one file off the main thread: a 100,000-row file takes seconds, and the page must stay
 * usable. The result goes back in chunks, so that no single message takes the main thread long to
 * unpack.
 */
self.onmessage = async (event: MessageEvent<ImportRequest>) => {
  const { input, fileName } = event.data
  const post = (reply: ImportReply, transfer: Transferable[] = []) => self.postMessage(reply, transfer)
  try {
    const text = await inputText(input, fileName)
    const onRows = (done: number, total: number) => post({ kind: 'progress', phase: 'checked', done, total })
    const { dataset, problems, format } = importDataset(text, fileName, { onRows })
    const total = dataset.events.length + dataset.sources.length
    for (const packed of packedMessages(dataset.events, IMPORT_CHUNK, IMPORT_TEXT_CHARS)) {
      post({ kind: 'events', packed, total }, [packed.ends.buffer, packed.tape.buffer, packed.coordinates.buffer])
    }
    for (let i = 0; i < dataset.sources.length; i += IMPORT_CHUNK) post({ kind: 'sources', items: dataset.sources.slice(i, i + IMPORT_CHUNK), total })
    post({ kind: 'done', rest: { ...dataset, events: [], sources: [] }, problems, format })
  } catch (error) {
    post(
      error instanceof DatasetError
        ? { kind: 'failed', message: error.message, problems: error.problems, transient: error.transient }
        : { kind: 'failed', message: `The importer failed: ${error instanceof Error ? error.message : String(error)}`, problems: [], transient: false },
    )
  }
}
