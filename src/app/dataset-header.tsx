import { useDatasetIndex } from '../state/use-dataset'

export function DatasetHeader() {
  const { meta } = useDatasetIndex().dataset
  return (
    <p className="text-sm text-slate-700 dark:text-slate-300">
      {/* Isolated: right-to-left or control characters in the title must not reorder the words after it. */}
      <bdi>{meta.title}</bdi> · version {meta.version} · updated <time dateTime={meta.updated}>{meta.updated}</time>
    </p>
  )
}
