import { differenceCiede2000, filterDeficiencyDeuter, filterDeficiencyProt, filterDeficiencyTrit, parse, type Color } from 'culori'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CATEGORIES } from '../dataset/schema'
import { buildVocabulary, categoryStyle, NEUTRAL, PALETTE } from './categories'

const difference = differenceCiede2000()
const VISIONS: [string, (c: Color) => Color][] = [
  ['normal vision', (c) => c],
  ['protanopia', filterDeficiencyProt(1)],
  ['deuteranopia', filterDeficiencyDeuter(1)],
  ['tritanopia', filterDeficiencyTrit(1)],
]

describe('PALETTE', () => {
  it('has at least 12 hues, all different from each other and from the neutral', () => {
    expect(PALETTE.length).toBeGreaterThanOrEqual(12)
    expect(new Set([...PALETTE, NEUTRAL].map((c) => c.toUpperCase())).size).toBe(PALETTE.length + 1)
  })

  it.each(VISIONS)('keeps every pair of hues apart in %s (CIEDE2000 ≥ 9.5)', (_vision, simulate) => {
    const colours = PALETTE.map((hex) => simulate(parse(hex) as Color))
    let closest = Infinity
    for (let i = 0; i < colours.length; i++) {
      for (let j = i + 1; j < colours.length; j++) closest = Math.min(closest, difference(colours[i]!, colours[j]!))
    }
    expect(closest).toBeGreaterThanOrEqual(9.5)
  })
})

describe('buildVocabulary', () => {
  it('keeps declared colours and order, and colours the rest from the palette', () => {
    const vocabulary = buildVocabulary([
      { id: 'riots', label: 'Riots' },
      { id: 'battles', label: 'Battles', colour: '#0072B2' },
      { id: 'protests', label: 'Protests', description: 'Peaceful demonstrations' },
    ])
    expect(vocabulary.list.map((c) => [c.id, c.colour])).toEqual([
      // The first palette hue is taken by "battles", so the others skip it.
      ['riots', PALETTE[1]],
      ['battles', '#0072B2'],
      ['protests', PALETTE[2]],
    ])
    expect(vocabulary.byId.get('protests')?.description).toBe('Peaceful demonstrations')
  })

  it('gives the neutral colour once the palette runs out', () => {
    const many = Array.from({ length: PALETTE.length + 3 }, (_, i) => ({ id: `kind-${i}`, label: `Kind ${i}` }))
    const colours = buildVocabulary(many).list.map((c) => c.colour)
    expect(new Set(colours.slice(0, PALETTE.length)).size).toBe(PALETTE.length)
    expect(colours.slice(PALETTE.length)).toEqual([NEUTRAL, NEUTRAL, NEUTRAL])
  })

  it('keeps the curated colours for the default vocabulary', () => {
    const vocabulary = buildVocabulary(DEFAULT_CATEGORIES)
    expect(categoryStyle(vocabulary, 'summit')).toMatchObject({ label: 'Summits', colour: '#0072B2' })
  })

  it('shows an id it does not know by the id, in the neutral colour; "constructor" is no exception', () => {
    const vocabulary = buildVocabulary(DEFAULT_CATEGORIES)
    expect(categoryStyle(vocabulary, 'constructor')).toEqual({ id: 'constructor', label: 'constructor', colour: NEUTRAL })
  })
})
