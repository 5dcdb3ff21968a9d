type Props = { previousId: string | null; nextId: string | null; onGo: (id: string) => void }

const buttonClass =
  'rounded-md border border-slate-300 dark:border-slate-600 px-2.5 py-1 text-sm font-medium text-slate-800 dark:text-slate-200 hover:bg-slate-100 dark:hover:bg-slate-800 disabled:cursor-not-allowed disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-400'

export function EventNav({ previousId, nextId, onGo }: Props) {
  return (
    <div role="group" aria-label="Previous or next event" className="flex gap-1.5">
      <button type="button" className={buttonClass} disabled={!previousId} onClick={() => previousId && onGo(previousId)}>
        ← Previous<span className="sr-only"> event</span>
      </button>
      <button type="button" className={buttonClass} disabled={!nextId} onClick={() => nextId && onGo(nextId)}>
        Next<span className="sr-only"> event</span> →
      </button>
    </div>
  )
}
