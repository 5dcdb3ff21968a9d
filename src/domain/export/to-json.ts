import type { Dataset, TimelineEvent } from '../../dataset/schema'
import { usedReferences } from './used-references'
import { escapeBidiControls } from '../../dataset/bidi'

const MAX_DESCRIPTION = 2000

export type JsonExportOptions = { /** Permalink of the view, named in the description. */ viewUrl?: string }

/**
 * The current view as a dataset of its own: the given events, only the actors and sources they use, and
 * meta as it was, with the description saying it is a filtered export of how many events.
 */
export function filteredDataset(dataset: Dataset, events: readonly TimelineEvent[], options: JsonExportOptions = {}): Dataset {
  const filtered = events.length < dataset.events.length
  // A story names events and windows of the whole dataset: it travels only with all of it.
  const stories = !filtered && dataset.stories ? dataset.stories : undefined
  const used = usedReferences(events, stories)
  const note = `Filtered export: ${events.length} of the ${dataset.events.length} events${options.viewUrl ? ` shown at ${options.viewUrl}` : ''}.`
  const description = filtered ? `${note}\n\n${dataset.meta.description}` : dataset.meta.description
  return {
    ...(dataset.$schema ? { $schema: dataset.$schema } : {}),
    formatVersion: dataset.formatVersion,
    meta: { ...dataset.meta, description: truncate(description, MAX_DESCRIPTION) },
    categories: dataset.categories,
    eras: dataset.eras,
    sources: dataset.sources.filter((s) => used.sources.has(s.id)),
    actors: dataset.actors.filter((a) => used.actors.has(a.id)),
    events: [...events],
    ...(stories ? { stories } : {}),
  }
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`
}

/** Pretty JSON with a final newline, as the curated files are written. */
export function datasetToJson(dataset: Dataset): string {
  return `${escapeBidiControls(JSON.stringify(dataset, null, 2))}\n`
}
