import { EventDetailPanel } from '../features/event-detail/event-detail-panel'
import { useActions, useSelectedId } from '../state/store/hooks'
import { Modal } from '../ui/modal'
import { PanelBoundary } from './panel-boundary'

/**
 * On phones and small tablets, the detail is a modal bottom sheet over the timeline or list. It is
 * open exactly while an event is selected; closing clears the selection, so the URL stays the truth.
 */
export function DetailSheet() {
  const selectedId = useSelectedId()
  const { select } = useActions()
  if (selectedId === null) return null
  return (
    <Modal open onClose={() => select(null)} labelledBy="event-detail-heading" placement="sheet">
      <PanelBoundary name="event detail">
        <EventDetailPanel />
      </PanelBoundary>
    </Modal>
  )
}
