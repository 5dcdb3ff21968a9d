import type { TimelineEvent } from '../../dataset/schema'
import { CATEGORY_STYLES } from '../../domain/categories'

/** The one place the map reads a category's colour, so that categories can move into the dataset. */
export function markerColour(event: TimelineEvent): string {
  return CATEGORY_STYLES[event.category].colour
}
