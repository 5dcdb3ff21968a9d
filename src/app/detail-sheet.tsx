import { EventDetailPanel } from '../features/event-detail/event-detail-panel'
import { useActions, useSelectedId, useStoryId } from '../state/store/hooks'
import { Modal } from '../ui/modal'
import { PanelBoundary } from './panel-boundary'

/**
 * On phones and small tablets, the detail is a modal bottom sheet over the timeline or list. It is
 * open exactly while an event is selected; closing clears the selection, so the URL stays the truth.
 * Not while a story is read: a modal would cover its panel on every step. Leaving the story opens it.
 */
export function DetailSheet() {
  const selectedId = useSelectedId()
  const inStory = useStoryId() !== null
  const { select } = useActions()
  if (selectedId === null || inStory) return null
  return (
    <Modal open onClose={() => select(null)} labelledBy="event-detail-heading" placement="sheet">
      <PanelBoundary name="event detail">
        <EventDetailPanel />
      </PanelBoundary>
    </Modal>
  )
}
