import { isCancelledError, useQueryClient } from '@tanstack/react-query'
import { startTransition, useCallback, useRef } from 'react'
import type { DatasetSource } from '../dataset/source-query'
import { datasetQueryOptions } from './dataset-query'
import { useActions } from './store/hooks'

let fileSerial = 0

/** A source for a file the reader picked or dropped; each pick is its own query, even of the same name. */
export function fileSource(file: File): DatasetSource {
  return { kind: 'file', file, serial: ++fileSerial }
}

/**
 * Opening data is a transaction: the new dataset is loaded first, and only once it has loaded does it
 * replace what is shown (and the URL, through url-sync). A failure leaves the dataset and view as they
 * were and is kept in `openAttempt` for the notice to explain. A later open supersedes an earlier one.
 */
export function useOpenDataset(): (source: DatasetSource, name: string) => Promise<boolean> {
  const client = useQueryClient()
  const { setOpenAttempt, showSource } = useActions()
  const latest = useRef(0)
  return useCallback(
    async (source, name) => {
      const attempt = ++latest.current
      setOpenAttempt({ status: 'opening', name })
      try {
        await client.fetchQuery(datasetQueryOptions(source))
        if (attempt !== latest.current) return false
        // A transition: React may then render the new dataset's panels in slices, between input.
        startTransition(() => showSource(source))
        return true
      } catch (error) {
        // Stopped by the reader (cancelQueries): nothing to explain.
        if (attempt === latest.current) setOpenAttempt(isCancelledError(error) ? null : { status: 'failed', name, error })
        return false
      }
    },
    [client, setOpenAttempt, showSource],
  )
}
