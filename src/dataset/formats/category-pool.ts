import { normaliseText } from '../normalise-text'
import { DEFAULT_CATEGORIES, type CategoryDefinition } from '../schema'
import { slugify, SlugPool } from './slugify'

const MAX_LABEL = 80

/**
 * The categories an imported file uses, named as the file names them. A value that names one of the
 * default categories (`summit`, `Summits`) is that category, colour and all; any other value becomes a
 * category of its own, labelled as written. The vocabulary lists the defaults used, in their order,
 * then the new ones in the order they first appear. Lookups are by Map, so any text is a safe key.
 */
export class CategoryPool {
  private readonly byName = new Map<string, CategoryDefinition>()
  private readonly ids = new SlugPool(DEFAULT_CATEGORIES.map((c) => c.id))
  private readonly added: CategoryDefinition[] = []

  constructor() {
    for (const category of DEFAULT_CATEGORIES) {
      for (const name of [category.id, `${category.id}s`, category.label]) this.byName.set(normaliseText(name), category)
    }
  }

  /** The id of the category a value names, made if it is new; null for a blank value. */
  idFor(value: string): string | null {
    const label = value.trim().slice(0, MAX_LABEL).trim()
    if (!label) return null
    const key = normaliseText(label)
    let category = this.byName.get(key)
    if (!category) {
      // Labels with no Latin letters or digits have an empty slug: they get "category", "category-2"…
      category = { id: this.ids.take(slugify(label), 'category'), label }
      this.byName.set(key, category)
      this.added.push(category)
    }
    return category.id
  }

  /** The vocabulary of the events that were kept: a category only a rejected row named is left out. */
  definitions(events: readonly { category: string }[]): CategoryDefinition[] {
    const used = new Set(events.map((e) => e.category))
    const list = [...DEFAULT_CATEGORIES, ...this.added].filter((c) => used.has(c.id))
    return list.length ? list : [...DEFAULT_CATEGORIES]
  }
}
