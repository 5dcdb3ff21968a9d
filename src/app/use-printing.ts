import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'

/**
 * True while the page is being printed (or print media is emulated). The print list renders every
 * filtered event, so it should exist only then: at 100,000 events it is a million elements.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(() => window.matchMedia?.('print').matches ?? false)
  useEffect(() => {
    const media = window.matchMedia?.('print')
    // beforeprint must render before the browser takes its snapshot, hence flushSync.
    const onBefore = () => flushSync(() => setPrinting(true))
    const onAfter = () => setPrinting(false)
    const onMedia = (event: MediaQueryListEvent) => setPrinting(event.matches)
    window.addEventListener('beforeprint', onBefore)
    window.addEventListener('afterprint', onAfter)
    media?.addEventListener('change', onMedia)
    return () => {
      window.removeEventListener('beforeprint', onBefore)
      window.removeEventListener('afterprint', onAfter)
      media?.removeEventListener('change', onMedia)
    }
  }, [])
  return printing
}
