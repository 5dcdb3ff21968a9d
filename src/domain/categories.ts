import type { CategoryDefinition } from '../dataset/schema'

export type CategoryStyle = { id: string; label: string; colour: string; description?: string }

/**
 * Colours for categories a dataset leaves uncoloured, in the order they are handed out: the
 * Okabe–Ito hues, then five chosen to stay apart from them. Every pair differs by at least 9.5
 * (CIEDE2000) in normal vision and in simulated protanopia, deuteranopia and tritanopia
 * (categories.test.ts). Lanes and facets always name the category too, so colour is never the
 * only cue.
 */
export const PALETTE = [
  '#0072B2',
  '#009E73',
  '#E69F00',
  '#56B4E9',
  '#CC79A7',
  '#D55E00',
  '#F0E442',
  '#882255',
  '#FFAABB',
  '#332288',
  '#8C564B',
  '#99DDFF',
] as const

/** For every category past the palette, and for ids the vocabulary does not know. */
export const NEUTRAL = '#6B6B6B'

/** A dataset's categories in their declared order, each with a colour, and looked up by id. */
export type Vocabulary = {
  list: readonly CategoryStyle[]
  byId: ReadonlyMap<string, CategoryStyle>
}

/**
 * Undeclared colours are taken from the palette in order, skipping any hue the dataset already
 * uses for another category, so two categories never share one by accident.
 */
export function buildVocabulary(definitions: readonly CategoryDefinition[]): Vocabulary {
  const taken = new Set(definitions.flatMap((d) => (d.colour ? [d.colour.toUpperCase()] : [])))
  const free = PALETTE.filter((colour) => !taken.has(colour))
  let next = 0
  const list = definitions.map(({ id, label, colour, description }): CategoryStyle => ({
    id,
    label,
    colour: colour ?? free[next++] ?? NEUTRAL,
    ...(description === undefined ? {} : { description }),
  }))
  return { list, byId: new Map(list.map((style) => [style.id, style])) }
}

/** The style of a category id; one the vocabulary lacks is shown by its id, in the neutral colour. */
export function categoryStyle(vocabulary: Vocabulary, id: string): CategoryStyle {
  return vocabulary.byId.get(id) ?? { id, label: id, colour: NEUTRAL }
}
