import { parseDataset } from './validate'
import { DatasetError } from './problems'
import type { Dataset } from './schema'

function describeStatus(response: Response): string {
  return `${response.status} ${response.statusText}`.trim()
}

/** Fetches dataset text and validates it; every failure becomes a DatasetError a reader can act on. */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<Dataset> {
  let response: Response
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new DatasetError(`Could not reach ${url}. Check your connection and try again.`)
  }
  if (!response.ok) {
    throw new DatasetError(`The server answered ${describeStatus(response)} for ${url}.`)
  }
  const text = await response.text()
  if (/^\s*</.test(text)) {
    throw new DatasetError(`${url} returned a web page (HTML), not a JSON dataset.`)
  }
  return parseDataset(text)
}
