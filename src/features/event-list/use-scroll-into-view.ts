import { useEffect, useRef } from 'react'

/**
 * A ref for the element that stands for `key` (e.g. the selected row). Whenever `key` changes,
 * that element is scrolled into view, as little as needed. Scrolling never moves focus.
 */
export function useScrollIntoView<T extends Element>(key: string | null) {
  const ref = useRef<T>(null)
  useEffect(() => {
    if (key === null) return
    // Optional call: jsdom does not implement scrollIntoView.
    ref.current?.scrollIntoView?.({ block: 'nearest' })
  }, [key])
  return ref
}
