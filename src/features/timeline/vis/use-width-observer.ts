import { useEffect, useEffectEvent } from 'react'
import type { TimelineInstance } from './use-timeline-instance'

/**
 * vis polls its size once a second; a panel opening beside it must not leave items misplaced. Only
 * widths matter: lanes growing or shrinking with a filter change must not redraw and refit a second
 * time (a round that cost 100+ ms per filter change at 10,000 events).
 */
export function useWidthObserver(instance: TimelineInstance | null, onWidthChange: () => void): void {
  const widthChanged = useEffectEvent(onWidthChange)
  useEffect(() => {
    if (!instance) return
    const { timeline, container } = instance
    const widths = new Map<Element, number>()
    const observer = new ResizeObserver((entries) => {
      let changed = false
      for (const entry of entries) {
        const width = entry.contentRect.width
        if (widths.get(entry.target) !== width) changed = true
        widths.set(entry.target, width)
      }
      if (!changed) return
      timeline.redraw()
      widthChanged()
    })
    observer.observe(container)
    const itemsPanel = container.querySelector('.vis-panel.vis-center')
    if (itemsPanel) observer.observe(itemsPanel)
    return () => observer.disconnect()
  }, [instance])
}
