import { normaliseText } from '../normalise-text'
import { DEFAULT_CATEGORIES, slug, type CategoryDefinition } from '../schema'
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
  /** Categories met by id: every one made here, and default ones named by id with a label. */
  private readonly byId = new Map<string, CategoryDefinition>()

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
      this.byId.set(category.id, category)
      this.added.push(category)
    }
    // A default one named first by its name keeps that name: a later id-and-label row cannot relabel it.
    if (!this.byId.has(category.id)) this.byId.set(category.id, category)
    return category.id
  }

  /**
   * A category named by id and label, as the CSV export writes them: the id is kept as written, so an
   * export opens with the categories it had. The first label given for an id wins. A default id with
   * another label keeps its colour under the new label. A value that is not an id is read by idFor.
   */
  idWithLabel(id: string, label: string): string | null {
    const value = id.trim()
    const name = label.trim().slice(0, MAX_LABEL).trim()
    if (!name) return this.idFor(value)
    if (!slug.safeParse(value).success) return this.idFor(name)
    const known = this.byId.get(value)
    if (known) return known.id
    const standard = DEFAULT_CATEGORIES.find((c) => c.id === value)
    const category = standard && normaliseText(standard.label) === normaliseText(name) ? standard : { ...standard, id: value, label: name }
    this.ids.add(value)
    this.byId.set(value, category)
    if (!this.byName.has(normaliseText(name))) this.byName.set(normaliseText(name), category)
    if (!standard) this.added.push(category)
    return value
  }

  /** The vocabulary of the events that were kept: a category only a rejected row named is left out. */
  definitions(events: readonly { category: string }[]): CategoryDefinition[] {
    const used = new Set(events.map((e) => e.category))
    const defaults = DEFAULT_CATEGORIES.map((c) => this.byId.get(c.id) ?? c)
    const list = [...defaults, ...this.added].filter((c) => used.has(c.id))
    return list.length ? list : [...DEFAULT_CATEGORIES]
  }
}
