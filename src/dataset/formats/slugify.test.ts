import { describe, expect, it } from 'vitest'
import { slugify, SlugPool } from './slugify'

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

describe('SlugPool', () => {
  it('appends -2, -3 and records what it hands out', () => {
    const pool = new SlugPool(['paris'])
    expect(pool.take('paris')).toBe('paris-2')
    expect(pool.take('paris')).toBe('paris-3')
    expect(pool.take('', 'event')).toBe('event')
    for (const slug of ['paris', 'paris-2', 'paris-3', 'event']) expect(pool.has(slug)).toBe(true)
  })

  it('offers a candidate without reserving it', () => {
    const pool = new SlugPool(['paris'])
    expect(pool.candidate('paris')).toBe('paris-2')
    expect(pool.candidate('paris')).toBe('paris-2')
    pool.add('paris-2')
    expect(pool.candidate('paris')).toBe('paris-3')
  })

  it('skips a suffix reserved out of turn', () => {
    const pool = new SlugPool(['paris', 'paris-3'])
    expect(pool.take('paris')).toBe('paris-2')
    expect(pool.take('paris')).toBe('paris-4')
  })

  it('hands out 100,000 ids of one stem, all distinct', () => {
    const pool = new SlugPool()
    const ids = Array.from({ length: 100_000 }, () => pool.take('same-title'))
    expect(new Set(ids).size).toBe(100_000)
    expect(ids.at(-1)).toBe('same-title-100000')
  })
})
