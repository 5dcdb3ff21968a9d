import { clipText, DatasetError } from './problems'

/**
 * Dataset bytes as text, refusing what is not UTF-8 instead of reading it with replacement
 * characters: a Windows-1252 CSV would otherwise open with every accent turned into "�".
 * A byte-order mark is dropped. `name` says what was read, in the message.
 */
export function decodeUtf8(bytes: ArrayBuffer | Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch (error) {
    if (!(error instanceof TypeError)) throw error
    throw notUtf8(name)
  }
}

export const notUtf8 = (name: string) =>
  new DatasetError(`${clipText(name, 200)} is not UTF-8 text, so it cannot be read as a dataset. Save it as UTF-8 and open it again.`)
