import { Button } from '../../ui/button'

type Props = { onFit: () => void; onZoomIn: () => void; onZoomOut: () => void }


export function ZoomControls({ onFit, onZoomIn, onZoomOut }: Props) {
  return (
    <div role="group" aria-label="Zoom" className="flex gap-1.5">
      <Button onClick={onZoomIn} aria-label="Zoom in">
        +
      </Button>
      <Button onClick={onZoomOut} aria-label="Zoom out">
        −
      </Button>
      <Button onClick={onFit}>Fit all</Button>
    </div>
  )
}
