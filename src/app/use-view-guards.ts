import { useEffect } from 'react'
import { useDatasetIndex } from '../state/use-dataset'
import { dropUnknownIdsFromView, settleStoryFromLink } from '../state/url-sync'
import { useSelectedId } from '../state/store/hooks'
import { stripBidiControls } from '../dataset/bidi'

/** Once the dataset is in: open the story step a link names, drop ids it lacks, and title the page after the selection. */
export function useViewGuards(): void {
  const index = useDatasetIndex()
  const selectedId = useSelectedId()

  useEffect(() => {
    settleStoryFromLink(index.dataset.stories ?? [], index.known)
    dropUnknownIdsFromView(index.known)
  }, [index])

  const title = selectedId ? index.eventsById.get(selectedId)?.title : undefined
  useEffect(() => {
    // A title bar cannot isolate text: bidi controls in the data are dropped instead.
    // The dataset's name, not the app's: whoever made it is named in their own tab.
    const datasetTitle = index.dataset.meta.title
    document.title = stripBidiControls(title ? `${title} · ${datasetTitle}` : datasetTitle)
  }, [title, index])
}
