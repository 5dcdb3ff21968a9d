import { describe, expect, it } from 'vitest'
import type { Source } from '../dataset/schema'
import { citedParagraphs, formatCitation, safeHref } from './citations'

const article: Source = {
  id: 'article',
  publisher: 'Example News',
  title: 'Leaders meet',
  date: '2025-03-27',
  paragraphs: ['One.', 'Two.', 'Three.'],
}

describe('formatCitation', () => {
  it('names publisher, title, date and paragraphs', () => {
    expect(formatCitation({ source: 'article', paragraphs: [2, 3] }, article)).toBe(
      'Example News, “Leaders meet”, 27 March 2025, paras. 2, 3',
    )
    expect(formatCitation({ source: 'article' }, article)).toBe('Example News, “Leaders meet”, 27 March 2025')
  })
})

describe('citedParagraphs', () => {
  it('returns the cited paragraph text by number', () => {
    expect(citedParagraphs({ source: 'article', paragraphs: [3, 1] }, article)).toEqual([
      { number: 3, text: 'Three.' },
      { number: 1, text: 'One.' },
    ])
  })
})

describe('safeHref', () => {
  it.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['http://example.com/', 'http://example.com/'],
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s -> %s', (input, expected) => {
    expect(safeHref(input)).toBe(expected)
  })
})
