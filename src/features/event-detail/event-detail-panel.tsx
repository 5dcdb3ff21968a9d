import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useDatasetIndex } from '../../state/use-dataset'
import { useFilteredEvents } from '../../state/use-filtered-events'
import { useActions, useSelectedId } from '../../state/store/hooks'
import { usePermalink } from '../../state/use-share-url'
import { EventDetail } from './event-detail'
import { EventNav } from './event-nav'
import { Button, buttonClass } from '../../ui/button'

/** Where focus was when the panel opened, so closing it puts the reader back there. */
function useReturnFocus(open: boolean) {
  const opener = useRef<HTMLElement | null>(null)
  useEffect(() => {
    if (!open) return
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
    return () => {
      const target = opener.current
      if (target?.isConnected && !target.contains(document.activeElement)) target.focus({ preventScroll: true })
    }
  }, [open])
}

/** The selected event, in a labelled region; renders nothing when no event is selected. */
export function EventDetailPanel() {
  const index = useDatasetIndex()
  const visible = useFilteredEvents()
  const selectedId = useSelectedId()
  const { select, filterOnly } = useActions()
  // The selected event is part of the view, so the view's own link is this event's permalink.
  const permalink = usePermalink()
  const event = selectedId ? index.eventsById.get(selectedId) : undefined
  useReturnFocus(event !== undefined)
  if (!event) return null

  const at = visible.findIndex((e) => e.id === event.id)
  const previousId = at > 0 ? (visible[at - 1]?.id ?? null) : null
  const nextId = at >= 0 ? (visible[at + 1]?.id ?? null) : null
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation()
      select(null)
    }
  }

  return (
    <aside
      aria-labelledby="event-detail-heading"
      onKeyDown={onKeyDown}
      className="flex max-h-[calc(100vh-6rem)] desk:max-h-full flex-col overflow-hidden rounded-lg border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 shadow-sm lg:sticky lg:top-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-slate-200 dark:border-slate-700 px-4 py-2">
        <EventNav previousId={previousId} nextId={nextId} onGo={select} />
        <div className="flex items-center gap-1">
          <a href={permalink} className={buttonClass('quiet', 'sm', 'text-blue-800 underline dark:text-blue-300')}>
            Permalink<span className="sr-only"> to this event</span>
          </a>
          <Button variant="quiet" size="sm" onClick={() => select(null)} className="text-slate-700 dark:text-slate-300">
            Close<span className="sr-only"> event detail</span>
          </Button>
        </div>
      </div>
      <div className="overflow-y-auto p-4">
        <EventDetail event={event} index={index} onFilter={filterOnly} />
      </div>
    </aside>
  )
}
