import { useId, useState, type ReactNode } from 'react'
import { Button } from '../ui/button'
import { Modal } from '../ui/modal'

type Props = { label: string; title: string; children: (close: () => void) => ReactNode }

/**
 * A header button that opens a modal dialog. Content mounts only while open, so it reads the
 * current view.
 */
export function ToolDialog({ label, title, children }: Props) {
  const [open, setOpen] = useState(false)
  const headingId = useId()
  const close = () => setOpen(false)
  return (
    <>
      <Button aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal open={open} onClose={close} labelledBy={headingId} placement="dialog">
        <div className="flex flex-col gap-4 p-5">
          <div className="flex items-center justify-between gap-3">
            <h2 id={headingId} className="text-lg font-semibold">
              {title}
            </h2>
            <Button variant="quiet" onClick={close}>
              Close<span className="sr-only"> {title}</span>
            </Button>
          </div>
          {open && children(close)}
        </div>
      </Modal>
    </>
  )
}
