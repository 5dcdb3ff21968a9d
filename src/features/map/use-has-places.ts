import type { DatasetIndex } from '../../domain/dataset-index'
import { useDatasetIndex } from '../../state/use-dataset'

const cache = new WeakMap<DatasetIndex, boolean>()

/** Whether any event has coordinates: without any, there is no map. Computed once per dataset. */
export function useHasPlaces(): boolean {
  const index = useDatasetIndex()
  let has = cache.get(index)
  if (has === undefined) {
    has = index.events.some((event) => event.place !== undefined)
    cache.set(index, has)
  }
  return has
}
