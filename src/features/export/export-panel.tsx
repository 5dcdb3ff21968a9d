import { useState } from 'react'
import { citeView } from '../../domain/cite-view'
import { useDatasetIndex } from '../../state/use-dataset'
import { useFilteredEvents } from '../../state/use-filtered-events'
import { usePermalink } from '../../state/use-share-url'
import { downloadFile } from './download-file'
import { EXPORTS, exportFile, type ExportFormat } from './export-formats'
import { Button } from '../../ui/button'

/** Take away what you see: the filtered events as files, and a citation of this exact view. */
export function ExportPanel() {
  const { dataset } = useDatasetIndex()
  const events = useFilteredEvents()
  const [copied, setCopied] = useState(false)
  const viewUrl = usePermalink()
  const citation = citeView(dataset.meta, viewUrl, new Date())

  const download = (format: ExportFormat) => {
    const file = exportFile(format, { dataset, events, viewUrl, now: new Date() })
    downloadFile(file.text, file.fileName, file.type)
  }
  const copyCitation = async () => {
    await navigator.clipboard.writeText(citation).then(
      () => setCopied(true),
      () => setCopied(false),
    )
  }

  return (
    <div className="flex flex-col gap-5 text-slate-900 dark:text-slate-100">
      <section aria-labelledby="export-heading" className="flex flex-col gap-2">
        <h3 id="export-heading" className="font-semibold">
          Download the {events.length} events in this view
        </h3>
        <div className="grid gap-2 sm:grid-cols-3">
          {(Object.keys(EXPORTS) as ExportFormat[]).map((format) => (
            <Button key={format} onClick={() => download(format)} className="min-h-11 text-left">
              {EXPORTS[format].label}
            </Button>
          ))}
        </div>
      </section>
      <section aria-labelledby="cite-heading" className="flex flex-col gap-2">
        <h3 id="cite-heading" className="font-semibold">
          Cite this view
        </h3>
        <p
          aria-label="Citation"
          className="rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-sm break-words select-all dark:border-slate-600 dark:bg-slate-900"
        >
          {citation}
        </p>
        <div className="flex items-center gap-3">
          <Button onClick={copyCitation} className="min-h-11">
            Copy citation
          </Button>
          <span role="status" className="text-sm text-slate-700 dark:text-slate-300">
            {copied ? 'Citation copied' : ''}
          </span>
        </div>
      </section>
    </div>
  )
}
