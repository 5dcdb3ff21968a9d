type Props = { onFit: () => void; onZoomIn: () => void; onZoomOut: () => void }

const buttonClass =
  'rounded-md border border-slate-300 dark:border-slate-600 bg-white dark:bg-slate-900 px-3 py-1.5 text-sm font-medium text-slate-800 dark:text-slate-200 hover:bg-slate-100 dark:hover:bg-slate-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-400'

export function ZoomControls({ onFit, onZoomIn, onZoomOut }: Props) {
  return (
    <div role="group" aria-label="Zoom" className="flex gap-1.5">
      <button type="button" className={buttonClass} onClick={onZoomIn} aria-label="Zoom in">
        +
      </button>
      <button type="button" className={buttonClass} onClick={onZoomOut} aria-label="Zoom out">
        −
      </button>
      <button type="button" className={buttonClass} onClick={onFit}>
        Fit all
      </button>
    </div>
  )
}
