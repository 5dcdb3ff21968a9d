import { useState, type FormEvent } from 'react'
import { useDatasetSource } from '../../state/store/hooks'
import { BUNDLED } from '../../state/store/source-slice'
import { checkDatasetUrl } from '../../state/url-sync'
import { fileSource, useOpenDataset } from '../../state/use-open-dataset'

const fieldClass =
  'min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100'
const buttonClass =
  'min-h-11 rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:bg-slate-100 dark:text-slate-900'

/** Open another chronology: a local file (or drop one anywhere on the page) or a URL that allows CORS. */
export function OpenDataPanel({ onOpened }: { onOpened: () => void }) {
  const source = useDatasetSource()
  const [url, setUrl] = useState(source.kind === 'url' ? source.url : '')
  const [urlProblem, setUrlProblem] = useState<string | null>(null)
  const open = useOpenDataset()

  const submitUrl = (event: FormEvent) => {
    event.preventDefault()
    const checked = checkDatasetUrl(url)
    if ('problem' in checked) {
      setUrlProblem(`${checked.problem}.`)
      return
    }
    void open({ kind: 'url', url: checked.url }, checked.url)
    onOpened()
  }

  return (
    <div className="flex flex-col gap-5 text-slate-900 dark:text-slate-100">
      <p className="text-sm text-slate-700 dark:text-slate-300">
        This app’s JSON format, a CSV with one row per event, or a TimelineJS3 JSON file. Valid events are shown; the
        problems of the others are listed. Files stay on your computer.
      </p>
      <label className="flex flex-col gap-1.5 text-sm font-medium">
        Open a file
        <input
          type="file"
          accept=".json,.csv,.tsv,application/json,text/csv"
          className={fieldClass}
          onChange={(e) => {
            const file = e.target.files?.[0]
            if (!file) return
            void open(fileSource(file), file.name)
            onOpened()
          }}
        />
      </label>
      <form onSubmit={submitUrl} className="flex flex-col gap-1.5" noValidate>
        <label htmlFor="dataset-url" className="text-sm font-medium">
          Or open a URL
        </label>
        <div className="flex gap-2">
          <input
            id="dataset-url"
            type="url"
            inputMode="url"
            placeholder="https://example.org/timeline.json"
            value={url}
            aria-invalid={urlProblem !== null}
            aria-describedby={urlProblem ? 'dataset-url-problem' : undefined}
            onChange={(e) => {
              setUrl(e.target.value)
              setUrlProblem(null)
            }}
            className={fieldClass}
          />
          <button type="submit" className={buttonClass}>
            Open
          </button>
        </div>
        {urlProblem && (
          <p id="dataset-url-problem" className="text-sm text-red-800 dark:text-red-300">
            {urlProblem}
          </p>
        )}
      </form>
      {source.kind !== 'bundled' && (
        <button type="button" onClick={() => {
            void open(BUNDLED, 'the curated dataset')
            onOpened()
          }} className="self-start text-sm font-medium text-blue-800 underline dark:text-blue-300">
          Back to the curated dataset
        </button>
      )}
    </div>
  )
}
