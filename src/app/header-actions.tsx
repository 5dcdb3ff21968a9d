import { lazy, Suspense, useState } from 'react'
import { CopyLinkButton } from './copy-link-button'
import { DatasetBoundary } from './dataset-boundary'
import { HeaderMenu, type HeaderTool } from './header-menu'
import { ThemePicker } from './theme-picker'
import { ToolDialog, ToolModal } from './tool-dialog'
import { useMediaQuery } from './use-media-query'

/** Room for the four actions in one row; below it they fold into one menu. */
const ROW_OF_ACTIONS = '(min-width: 48rem)'

// Loaded when first opened: the exporters and the file reader (papaparse, the calendar writer…) stay
// out of the page's first script.
const OpenDataPanel = lazy(() => import('../features/data-source/open-data-panel').then((m) => ({ default: m.OpenDataPanel })))
const ExportPanel = lazy(() => import('../features/export/export-panel').then((m) => ({ default: m.ExportPanel })))

const TOOLS: Record<HeaderTool, { label: string; title: string }> = {
  open: { label: 'Open data', title: 'Open data' },
  export: { label: 'Export & cite', title: 'Export and cite this view' },
}

function ToolContent({ tool, close }: { tool: HeaderTool; close: () => void }) {
  return (
    <Suspense fallback={<p className="text-sm text-slate-600 dark:text-slate-400">Loading…</p>}>
      {tool === 'open' ? (
        <OpenDataPanel onOpened={close} />
      ) : (
        <DatasetBoundary>
          <ExportPanel />
        </DatasetBoundary>
      )}
    </Suspense>
  )
}

/** Open data, Export & cite, the theme and Copy link: a row of controls, or one menu on a phone. */
export function HeaderActions() {
  const row = useMediaQuery(ROW_OF_ACTIONS)
  const [tool, setTool] = useState<HeaderTool | null>(null)
  if (row) {
    return (
      <div className="flex flex-wrap items-center gap-3">
        {(['open', 'export'] as const).map((key) => (
          <ToolDialog key={key} label={TOOLS[key].label} title={TOOLS[key].title}>
            {(close) => <ToolContent tool={key} close={close} />}
          </ToolDialog>
        ))}
        <ThemePicker />
        <CopyLinkButton />
      </div>
    )
  }
  const close = () => setTool(null)
  return (
    <>
      <HeaderMenu onOpenTool={setTool} />
      {/* One dialog, so closing it gives focus back to the menu button, which had it last. */}
      <ToolModal open={tool !== null} onClose={close} title={tool ? TOOLS[tool].title : ''}>
        {(done) => tool && <ToolContent tool={tool} close={done} />}
      </ToolModal>
    </>
  )
}
