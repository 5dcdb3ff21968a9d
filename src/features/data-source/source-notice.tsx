import { useDatasetSource } from '../../state/store/hooks'

/** Says which data is on screen when it is not the curated dataset, and what a link can carry. */
export function SourceNotice() {
  const source = useDatasetSource()
  if (source.kind === 'bundled') return null
  return (
    <p role="note" className="rounded-md border border-blue-300 bg-blue-50 px-4 py-2 text-sm text-blue-950 dark:border-blue-700 dark:bg-blue-950 dark:text-blue-100">
      {source.kind === 'url' ? (
        <>
          Showing data from <bdi className="font-mono break-all">{source.url}</bdi>. Links you copy open the same file.
        </>
      ) : (
        <>
          Showing <bdi className="font-medium">{source.file.name}</bdi> from your computer. A link cannot carry a local
          file: links you copy open the curated dataset.
        </>
      )}
    </p>
  )
}
