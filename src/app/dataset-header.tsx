import { useState } from 'react'
import { formatDay } from '../domain/dates'
import { firstSentence } from '../domain/first-sentence'
import { useActions, useIntroCollapsed } from '../state/store/hooks'
import { useDatasetIndex } from '../state/use-dataset'
import { Button } from '../ui/button'
import { ToolModal } from './tool-dialog'

const INTRO_BODY_ID = 'dataset-intro-body'

/** The method and licence in full, with the whole description: one click from the introduction. */
function AboutDataset({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { meta } = useDatasetIndex().dataset
  return (
    <ToolModal open={open} onClose={onClose} title="About this dataset">
      {() => (
        <div className="flex max-h-[70dvh] flex-col gap-3 overflow-y-auto text-sm leading-relaxed">
          <p>
            <bdi className="font-semibold">{meta.title}</bdi>, version {meta.version}, updated <time dateTime={meta.updated}>{meta.updated}</time>
          </p>
          <p className="whitespace-pre-line">
            <bdi>{meta.description}</bdi>
          </p>
          <h3 className="font-semibold">Method</h3>
          <p className="whitespace-pre-line">
            <bdi>{meta.method}</bdi>
          </p>
          <h3 className="font-semibold">Licence</h3>
          <p className="whitespace-pre-line">
            <bdi>{meta.licence}</bdi>
          </p>
        </div>
      )}
    </ToolModal>
  )
}

/**
 * The introduction: what the dataset is, in its own first sentence, and the days it covers; its
 * method and licence a click away. It folds to one line, and the browser remembers that.
 */
export function DatasetHeader() {
  const { dataset, dayBounds } = useDatasetIndex()
  const { meta } = dataset
  const collapsed = useIntroCollapsed()
  const { setIntroCollapsed } = useActions()
  const [aboutOpen, setAboutOpen] = useState(false)
  const span = dayBounds && (
    <>
      <time dateTime={dayBounds.min}>{formatDay(dayBounds.min)}</time> – <time dateTime={dayBounds.max}>{formatDay(dayBounds.max)}</time>
    </>
  )
  return (
    <section aria-label="Introduction" className="flex min-w-0 flex-1 flex-col gap-0.5">
      <div className="flex flex-wrap items-center gap-x-3 text-sm text-slate-700 dark:text-slate-300">
        {/* The page's heading shows the title already; this one names the section for screen readers. */}
        <h2 id="dataset-intro-heading" className="sr-only">
          <bdi>{meta.title}</bdi>
        </h2>
        <p>
          {span} · {dataset.events.length} {dataset.events.length === 1 ? 'event' : 'events'}
        </p>
        {!collapsed && (
          <Button variant="link" aria-haspopup="dialog" onClick={() => setAboutOpen(true)} className="tap-target text-sm">
            Method and licence
          </Button>
        )}
        <Button
          variant="link"
          aria-expanded={!collapsed}
          aria-controls={collapsed ? undefined : INTRO_BODY_ID}
          onClick={() => setIntroCollapsed(!collapsed)}
          className="tap-target text-sm"
        >
          {collapsed ? 'Show introduction' : 'Hide introduction'}
        </Button>
      </div>
      {!collapsed && (
        // Two lines at most (three on a phone); the whole text is under "Method and licence".
        <p id={INTRO_BODY_ID} className="line-clamp-3 max-w-[110ch] text-sm text-slate-700 md:line-clamp-2 dark:text-slate-300">
          <bdi>{firstSentence(meta.description)}</bdi>
        </p>
      )}
      <AboutDataset open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </section>
  )
}
