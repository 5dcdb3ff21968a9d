import { useEffect, useState } from 'react'
import { usePermalink } from '../state/use-share-url'
import { Button } from '../ui/button'

type Status = 'idle' | 'copied' | 'failed'

/** Copies the link of exactly this view; `status` says how that went, for a few seconds. */
export function useCopyLink() {
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
  return { status, copy }
}

/** What the copy did, where the reader is looking and to screen readers. */
export function CopyLinkStatus({ status }: { status: Status }) {
  return (
    <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
      {status === 'copied' && 'Link copied'}
      {status === 'failed' && 'Could not copy: use the address bar'}
    </span>
  )
}

export function CopyLinkButton() {
  const { status, copy } = useCopyLink()
  return (
    <div className="flex items-center gap-2">
      <Button variant="primary" onClick={copy}>
        Copy link
      </Button>
      <CopyLinkStatus status={status} />
    </div>
  )
}
