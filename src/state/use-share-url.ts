import { useMemo } from 'react'
import { useDatasetSource, useView } from './store/hooks'
import { fullAppUrl, shareUrl } from './url-sync'

/**
 * The link to the current view, re-rendered whenever the view changes (a pan included), so a Permalink
 * is never stale.
 */
export function usePermalink(): string {
  const view = useView()
  const source = useDatasetSource()
  return useMemo(() => shareUrl(view, source), [view, source])
}

/** The current view in the full app, without `embed`: what an embedded or printed timeline links to. */
export function useFullAppUrl(): string {
  const view = useView()
  const source = useDatasetSource()
  return useMemo(() => fullAppUrl(view, source), [view, source])
}
