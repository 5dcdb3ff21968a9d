import { describe, expect, it } from 'vitest'
import { decodeEntities, htmlToText } from './html-to-text'

describe('htmlToText', () => {
  it('keeps the words, drops the markup, breaks lines at blocks', () => {
    expect(htmlToText('<p>Leaders <b>meet</b> in <a href="https://x.test">Paris</a>.</p><p>Second&nbsp;line<br/>third</p>')).toBe(
      'Leaders meet in Paris.\nSecond line\nthird',
    )
  })

  it('drops script and style bodies, closed or not, and comments', () => {
    expect(htmlToText('a<script>alert("x")</script>b<style>p{}</style>c<!-- hidden -->d<SCRIPT src=x>evil()')).toBe('abcd')
  })

  it('decodes entities once, so escaped markup stays literal text', () => {
    expect(htmlToText('&lt;script&gt;alert(1)&lt;/script&gt; &amp;lt; &#8220;ok&#x201D; &bogus;')).toBe(
      '<script>alert(1)</script> &lt; “ok” &bogus;',
    )
  })

  it('keeps a lone less-than sign', () => {
    expect(htmlToText('1 < 2 and 3 > 2')).toBe('1 < 2 and 3 > 2')
  })

  it('removes event-handler attributes with their tags', () => {
    expect(htmlToText('<img src=x onerror="alert(1)">caption')).toBe('caption')
  })
})

describe('htmlToText on a megabyte of its worst inputs', () => {
  // Each of these made a regex rescan to the end for every start: seconds to minutes per call.
  const MB = 1_000_000
  it.each<[string, string, string]>([
    ['unclosed tag starts', '<a'.repeat(MB / 2), '<a'.repeat(MB / 2)],
    ['unclosed end tags', '</b'.repeat(MB / 3), '</b'.repeat(MB / 3)],
    ['a line break with a megabyte of spaces', `x<br${' '.repeat(MB)}y`, 'x<br y'],
    ['unclosed comments', '<!--'.repeat(MB / 4), ''],
    ['an unclosed script', `ok<script>${'x'.repeat(MB)}`, 'ok'],
    ['entity starts without an end', '&#x1'.repeat(MB / 4), '&#x1'.repeat(MB / 4)],
  ])('%s', (_, input, expected) => {
    expect(htmlToText(input)).toBe(expected)
  })

  it('a long tag is still one tag', () => {
    expect(htmlToText(`a<p title="${'x'.repeat(MB)}">b</p>c`)).toBe('ab\nc')
  })
})

describe('decodeEntities', () => {
  it('replaces impossible code points with U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\uFFFD\uFFFD\uFFFD')
  })
})
