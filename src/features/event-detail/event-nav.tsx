import { Button } from '../../ui/button'

type Props = { previousId: string | null; nextId: string | null; onGo: (id: string) => void }


export function EventNav({ previousId, nextId, onGo }: Props) {
  return (
    <div role="group" aria-label="Previous or next event" className="flex gap-1.5">
      <Button size="sm" disabled={!previousId} onClick={() => previousId && onGo(previousId)}>
        ← Previous<span className="sr-only"> event</span>
      </Button>
      <Button size="sm" disabled={!nextId} onClick={() => nextId && onGo(nextId)}>
        Next<span className="sr-only"> event</span> →
      </Button>
    </div>
  )
}
