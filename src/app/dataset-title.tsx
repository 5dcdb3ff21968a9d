import { APP_NAME } from '../dataset/app-name'
import { useDatasetTitle } from '../state/use-dataset'

/** The page's heading is the open dataset's name, whoever made it; the app's own until one is in. */
export function DatasetTitle({ className }: { className: string }) {
  const title = useDatasetTitle()
  return (
    <h1 className={className}>
      <bdi>{title ?? APP_NAME}</bdi>
    </h1>
  )
}
