import { useEffect, useState } from 'react'
import { usePermalink } from '../state/use-share-url'

type Status = 'idle' | 'copied' | 'failed'

/** Copies the link of exactly this view; says so where the reader is looking and to screen readers. */
export function CopyLinkButton() {
  const [status, setStatus] = useState<Status>('idle')
  const link = usePermalink()
  useEffect(() => {
    if (status === 'idle') return
    const timer = setTimeout(() => setStatus('idle'), 2500)
    return () => clearTimeout(timer)
  }, [status])

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link)
      setStatus('copied')
    } catch {
      setStatus('failed')
    }
  }

  return (
    <div className="flex items-center gap-2">
      <button
        type="button"
        onClick={copy}
        className="rounded-md bg-slate-900 dark:bg-slate-100 px-3 py-1.5 text-sm font-medium text-white dark:text-slate-900 hover:bg-slate-700 dark:hover:bg-slate-300 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-400"
      >
        Copy link
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {status === 'copied' && 'Link copied'}
        {status === 'failed' && 'Could not copy: use the address bar'}
      </span>
    </div>
  )
}
