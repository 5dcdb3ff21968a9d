import { useState, type FormEvent } from 'react'
import { useDatasetSource } from '../../state/store/hooks'
import { BUNDLED } from '../../state/store/source-slice'
import { checkDatasetUrl } from '../../state/url-sync'
import { fileSource, useOpenDataset } from '../../state/use-open-dataset'
import { Button } from '../../ui/button'
import { focusRing } from '../../ui/focus-ring'

const fieldClass = `min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 ${focusRing}`

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
        This app’s JSON format, a CSV with one row per event, an ACLED CSV export, or a TimelineJS3 JSON file. Valid events are shown; the
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
            aria-describedby={urlProblem ? 'dataset-url-hint dataset-url-problem' : 'dataset-url-hint'}
            onChange={(e) => {
              setUrl(e.target.value)
              setUrlProblem(null)
            }}
            className={fieldClass}
          />
          <Button type="submit" variant="primary" className="min-h-11 px-4">
            Open
          </Button>
        </div>
        {/* Said before the reader types: the page's security policy refuses plain http to other sites. */}
        <p id="dataset-url-hint" className="text-sm text-slate-700 dark:text-slate-300">
          Another site’s address must start with https://, and that site must allow cross-origin requests (CORS).
        </p>
        {urlProblem && (
          <p id="dataset-url-problem" className="text-sm text-red-800 dark:text-red-300">
            {urlProblem}
          </p>
        )}
      </form>
      {source.kind !== 'bundled' && (
        <Button
          variant="link"
          className="self-start text-sm"
          onClick={() => {
            void open(BUNDLED, 'the curated dataset')
            onOpened()
          }}
        >
          Back to the curated dataset
        </Button>
      )}
    </div>
  )
}
