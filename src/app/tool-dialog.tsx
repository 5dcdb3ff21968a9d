import { useEffect, useId, useRef, useState, type MouseEvent, type ReactNode } from 'react'

type Props = { label: string; title: string; children: (close: () => void) => ReactNode }

/**
 * A header button that opens a modal <dialog>: focus is trapped, Escape closes it and focus
 * returns to the button. Content mounts only while open, so it reads the current view.
 */
export function ToolDialog({ label, title, children }: Props) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const [open, setOpen] = useState(false)
  const headingId = useId()
  // State drives the native dialog, so content can close it without touching the ref.
  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  const close = () => setOpen(false)
  const onDialogClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) close()
  }

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="min-h-9 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:focus-visible:outline-blue-400"
      >
        {label}
      </button>
      <dialog
        ref={dialogRef}
        aria-labelledby={headingId}
        onClose={() => setOpen(false)}
        onClick={onDialogClick}
        className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-950/60 print:hidden dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="flex flex-col gap-4 p-5">
          <div className="flex items-center justify-between gap-3">
            <h2 id={headingId} className="text-lg font-semibold">
              {title}
            </h2>
            <button
              type="button"
              onClick={close}
              className="rounded-md px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700 dark:hover:bg-slate-800 dark:focus-visible:outline-blue-400"
            >
              Close<span className="sr-only"> {title}</span>
            </button>
          </div>
          {open && children(close)}
        </div>
      </dialog>
    </>
  )
}
