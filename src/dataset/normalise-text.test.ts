import { describe, expect, it } from 'vitest'
import { normaliseText, queryWords } from './normalise-text'

describe('normaliseText', () => {
  it.each([
    ['Élysée', 'elysee'],
    ['MACRON', 'macron'],
    ['Zelenskyy', 'zelenskyy'],
    ['  Paris\t\n summit  ', 'paris summit'],
    ['Kraków Łódź', 'krakow łodz'],
    ['São Tomé', 'sao tome'],
    ['İstanbul', 'istanbul'],
    ['', ''],
  ])('folds %j to %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected)
  })
})

describe('queryWords', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['Keir  STARMER', ['keir', 'starmer']],
    [' Élysée ', ['elysee']],
  ])('splits %j into %j', (query, expected) => {
    expect(queryWords(query)).toEqual(expected)
  })
})
