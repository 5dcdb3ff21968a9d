/** Where the skip links lead: ids of the elements that take focus when a reader follows one. */
export const SKIP_TARGETS = { main: 'main', events: 'events' } as const

/** Hidden until focused, so keyboard readers can jump past the header and the filters. */
export function SkipLink({ to, children }: { to: keyof typeof SKIP_TARGETS; children: string }) {
  return (
    <a
      href={`#${SKIP_TARGETS[to]}`}
      className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white dark:focus:bg-slate-900 focus:px-3 focus:py-2 focus:outline-2 focus:outline-blue-700 dark:focus:outline-blue-400"
    >
      {children}
    </a>
  )
}
