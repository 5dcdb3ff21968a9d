import { useId, useMemo, useState } from 'react'
import { useDatasetIndex } from '../../state/use-dataset'
import { useActions, useFilters } from '../../state/store/hooks'
import { FacetOption } from './facet-option'
import { groupActors } from './group-actors'
import { fieldsetClass, legendClass, scrollListClass, textInputClass } from './styles'
import type { FacetOptions } from './use-facet-options'

/** Actors grouped by country, with a finder that narrows the list as you type. */
export function ActorFacet({ options }: { options: FacetOptions['actors'] }) {
  const { actorsById } = useDatasetIndex()
  const selected = useFilters().actors
  const { toggleActor } = useActions()
  const [needle, setNeedle] = useState('')
  const groups = useMemo(() => groupActors(options, actorsById, needle), [options, actorsById, needle])
  const finderId = useId()
  const groupId = useId()

  return (
    <fieldset className={fieldsetClass}>
      <legend className={legendClass}>Actors</legend>
      <label htmlFor={finderId} className="text-sm text-slate-700 dark:text-slate-300">
        Find an actor
      </label>
      <input
        id={finderId}
        type="search"
        value={needle}
        onChange={(e) => setNeedle(e.target.value)}
        autoComplete="off"
        className={textInputClass}
      />
      <div className={scrollListClass}>
        {groups.length === 0 && (
          <p className="px-1 py-1.5 text-sm text-slate-600 dark:text-slate-400">
            {needle.trim() ? `No actor matches “${needle.trim()}”.` : 'No actors in this dataset.'}
          </p>
        )}
        {groups.map((group) => (
          <div key={group.key} role="group" aria-labelledby={`${groupId}-${group.key}`} className="flex flex-col pt-1.5">
            <p id={`${groupId}-${group.key}`} className="px-1 text-xs font-medium text-slate-600 dark:text-slate-400">
              {group.heading}
            </p>
            {group.options.map((option) => (
              <FacetOption
                key={option.id}
                label={option.name}
                count={option.count}
                checked={selected.includes(option.id)}
                value={option.id}
                onToggle={toggleActor}
              />
            ))}
          </div>
        ))}
      </div>
    </fieldset>
  )
}
