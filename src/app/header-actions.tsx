import { useState } from 'react'
import { OpenDataPanel } from '../features/data-source/open-data-panel'
import { ExportPanel } from '../features/export/export-panel'
import { CopyLinkButton } from './copy-link-button'
import { DatasetBoundary } from './dataset-boundary'
import { HeaderMenu, type HeaderTool } from './header-menu'
import { ThemePicker } from './theme-picker'
import { ToolDialog, ToolModal } from './tool-dialog'
import { useMediaQuery } from './use-media-query'

/** Room for the four actions in one row; below it they fold into one menu. */
const ROW_OF_ACTIONS = '(min-width: 48rem)'

const TOOLS: Record<HeaderTool, { label: string; title: string }> = {
  open: { label: 'Open data', title: 'Open data' },
  export: { label: 'Export & cite', title: 'Export and cite this view' },
}

function ToolContent({ tool, close }: { tool: HeaderTool; close: () => void }) {
  if (tool === 'open') return <OpenDataPanel onOpened={close} />
  return (
    <DatasetBoundary>
      <ExportPanel />
    </DatasetBoundary>
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
