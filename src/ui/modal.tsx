import { useEffect, useRef, type MouseEvent, type ReactNode, type SyntheticEvent } from 'react'

export type ModalPlacement = 'dialog' | 'drawer' | 'sheet'

const PLACEMENTS: Record<ModalPlacement, string> = {
  dialog: 'm-auto w-[min(40rem,calc(100vw-2rem))] rounded-lg bg-white shadow-xl dark:bg-slate-900',
  drawer: 'm-0 h-dvh max-h-none w-[min(22rem,calc(100vw-2.5rem))] max-w-none overflow-y-auto overscroll-contain bg-slate-50 shadow-xl dark:bg-slate-950',
  sheet: 'inset-x-0 top-auto bottom-0 m-0 max-h-[calc(100dvh-3rem)] w-full max-w-none overflow-hidden rounded-t-2xl bg-transparent',
}

type Props = {
  open: boolean
  /** Escape, a click on the backdrop, or a close button inside: the owner decides, so state stays the truth. */
  onClose: () => void
  labelledBy: string
  placement: ModalPlacement
  children: ReactNode
}

/**
 * A modal on the native <dialog>: showModal() traps focus and makes the page behind it inert, and
 * closing gives focus back to what opened it. Open state is controlled by the owner.
 */
export function Modal({ open, onClose, labelledBy, placement, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null)
  // A passive effect, so it runs after content has noted where focus was (to give it back on close).
  useEffect(() => {
    const dialog = ref.current
    if (!dialog) return
    if (open && !dialog.open) dialog.showModal()
    if (!open && dialog.open) dialog.close()
  }, [open])
  const onCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault()
    onClose()
  }
  // A click on the dimmed backdrop lands on the <dialog> itself.
  const onClick = (event: MouseEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) onClose()
  }
  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      onCancel={onCancel}
      onClick={placement === 'sheet' ? undefined : onClick}
      className={`p-0 text-slate-900 backdrop:bg-slate-950/60 print:hidden dark:text-slate-100 ${PLACEMENTS[placement]}`}
    >
      {children}
    </dialog>
  )
}
