import { useFileDrop } from './use-file-drop'

/** A visible target while a file is dragged over the page. */
export function DropOverlay() {
  const dragging = useFileDrop()
  if (!dragging) return null
  return (
    <div
      aria-hidden="true"
      className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-slate-900/60 text-xl font-semibold text-white"
    >
      Drop a JSON or CSV file to open it
    </div>
  )
}
