import { useActions, useFilters } from '../../state/store/hooks'
import { textInputClass } from './styles'

/** Id the app focuses when the reader presses "/". */
export const SEARCH_INPUT_ID = 'event-search'

/** Free-text search; filtering is cheap, so the store follows every keystroke. */
export function SearchBox() {
  const { query } = useFilters()
  const { setQuery } = useActions()
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={SEARCH_INPUT_ID} className="text-sm font-medium text-slate-800 dark:text-slate-200">
          Search
        </label>
        <span aria-hidden="true" className="text-xs text-slate-600 dark:text-slate-400">
          Press <kbd className="rounded border border-slate-300 dark:border-slate-600 bg-slate-50 dark:bg-slate-800 px-1.5 font-mono text-slate-800 dark:text-slate-200">/</kbd>
        </span>
      </div>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Titles, quotes, people, places"
        aria-keyshortcuts="/"
        autoComplete="off"
        className={textInputClass}
      />
    </div>
  )
}
