import { CATEGORIES, type Category } from '../dataset/schema'

export type CategoryStyle = { label: string; colour: string }

/** Okabe–Ito palette: eight hues that stay distinct for the common colour-vision deficiencies. */
export const CATEGORY_STYLES: Record<Category, CategoryStyle> = {
  summit: { label: 'Summits', colour: '#0072B2' },
  military: { label: 'Military', colour: '#009E73' },
  negotiation: { label: 'Negotiations', colour: '#E69F00' },
  ceasefire: { label: 'Ceasefire', colour: '#56B4E9' },
  sanctions: { label: 'Sanctions', colour: '#CC79A7' },
  statement: { label: 'Statements', colour: '#6B6B6B' },
  leak: { label: 'Leak', colour: '#D55E00' },
  strike: { label: 'Strikes', colour: '#F0E442' },
}

export const CATEGORY_ORDER: readonly Category[] = CATEGORIES
