import type { TimelineEvent } from '../../dataset/schema'
import { categoryStyle, type Vocabulary } from '../../domain/categories'

/** The one place the map reads a category's colour: the dataset's own, as the timeline's. */
export function markerColour(categories: Vocabulary, event: TimelineEvent): string {
  return categoryStyle(categories, event.category).colour
}
