import { describe, expect, it } from 'vitest'
import { slugify, uniqueSlug } from './slugify'

describe('slugify', () => {
  it.each([
    ['Coalition of the willing, March 2025', 'coalition-of-the-willing-march-2025'],
    ['  Élysée summit — Paris!  ', 'elysee-summit-paris'],
    ['Владимир Путин', ''],
    ['a'.repeat(130), 'a'.repeat(120)],
  ])('%s -> %s', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('never ends in a hyphen after cutting', () => {
    expect(slugify('abc def', 4)).toBe('abc')
  })
})

describe('uniqueSlug', () => {
  it('appends -2, -3 and records what it returns', () => {
    const taken = new Set(['paris'])
    expect(uniqueSlug('paris', taken)).toBe('paris-2')
    expect(uniqueSlug('paris', taken)).toBe('paris-3')
    expect(uniqueSlug('', taken, 'event')).toBe('event')
    expect(taken).toEqual(new Set(['paris', 'paris-2', 'paris-3', 'event']))
  })
})
