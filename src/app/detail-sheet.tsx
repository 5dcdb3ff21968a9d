import { useEffect, useRef, type SyntheticEvent } from 'react'
import { EventDetailPanel } from '../features/event-detail/event-detail-panel'
import { useActions, useSelectedId } from '../state/store/hooks'
import { PanelBoundary } from './panel-boundary'

function OpenSheet() {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const { select } = useActions()
  // A passive effect, so it runs after the panel has noted where focus was (to give it back on close).
  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
  }, [])
  // Escape: close by clearing the selection, so the URL and history stay the one source of truth.
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault()
    select(null)
  }
  return (
    <dialog
      ref={dialogRef}
      aria-labelledby="event-detail-heading"
      onCancel={onCancel}
      className="inset-x-0 top-auto bottom-0 m-0 max-h-[calc(100dvh-3rem)] w-full max-w-none overflow-hidden rounded-t-2xl bg-transparent p-0 backdrop:bg-slate-950/60 print:hidden"
    >
      <PanelBoundary name="event detail">
        <EventDetailPanel />
      </PanelBoundary>
    </dialog>
  )
}

/** On phones and small tablets, the detail is a modal bottom sheet over the timeline or list. */
export function DetailSheet() {
  const selectedId = useSelectedId()
  return selectedId === null ? null : <OpenSheet />
}
