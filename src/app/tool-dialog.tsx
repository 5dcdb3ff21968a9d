import { useId, useState, type ReactNode } from 'react'
import { Button } from '../ui/button'
import { Modal } from '../ui/modal'

type ModalProps = { open: boolean; onClose: () => void; title: string; children: (close: () => void) => ReactNode }

/** A tool's modal dialog, opened by its owner: a header button, or an item of the header menu. */
export function ToolModal({ open, onClose, title, children }: ModalProps) {
  const headingId = useId()
  return (
    <Modal open={open} onClose={onClose} labelledBy={headingId} placement="dialog">
      <div className="flex flex-col gap-4 p-5">
        <div className="flex items-center justify-between gap-3">
          <h2 id={headingId} className="text-lg font-semibold">
            {title}
          </h2>
          <Button variant="quiet" onClick={onClose}>
            Close<span className="sr-only"> {title}</span>
          </Button>
        </div>
        {/* Content mounts only while open, so it reads the current view. */}
        {open && children(onClose)}
      </div>
    </Modal>
  )
}

type Props = { label: string; title: string; children: (close: () => void) => ReactNode }

/** A header button that opens a modal dialog. */
export function ToolDialog({ label, title, children }: Props) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <Button aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <ToolModal open={open} onClose={() => setOpen(false)} title={title}>
        {children}
      </ToolModal>
    </>
  )
}
