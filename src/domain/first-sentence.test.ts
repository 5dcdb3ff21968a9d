import { describe, expect, it } from 'vitest'
import { firstSentence } from './first-sentence'

describe('firstSentence', () => {
  it('ends at the first full stop before a new sentence', () => {
    expect(firstSentence('A timeline of the summit. It is built around one report.')).toBe('A timeline of the summit.')
  })

  it('keeps a closing quote with its sentence', () => {
    expect(firstSentence('He said "no." Then he left.')).toBe('He said "no."')
  })

  it('does not end at an initial or an abbreviation', () => {
    expect(firstSentence('Talks led by J. Smith and U.S. officials. More later.')).toBe('Talks led by J. Smith and U.S. officials.')
  })

  it('is the whole text when there is one sentence, or no full stop at all', () => {
    expect(firstSentence('  One sentence only.  ')).toBe('One sentence only.')
    expect(firstSentence('no stop at all')).toBe('no stop at all')
    expect(firstSentence('Ends with v. 2')).toBe('Ends with v. 2')
  })
})
