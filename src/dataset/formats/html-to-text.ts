/**
 * Plain text from an HTML fragment (TimelineJS text is HTML). Works on strings only, never through the
 * DOM, so nothing is parsed as markup, fetched or executed, and it behaves the same in Node and browsers.
 */
// A Map: "&constructor;" in a file must stay as written, not reach Object.prototype.
const NAMED = new Map(Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', eacute: 'é', egrave: 'è',
  agrave: 'à', ccedil: 'ç', ouml: 'ö', uuml: 'ü', auml: 'ä', szlig: 'ß', euro: '€', pound: '£', copy: '©',
}))

function codePoint(value: number): string {
  // Surrogates, out-of-range and NUL become U+FFFD, as the HTML spec does.
  const ok = value > 0 && value <= 0x10ffff && (value < 0xd800 || value > 0xdfff)
  return String.fromCodePoint(ok ? value : 0xfffd)
}

/** One pass, so "&amp;lt;" becomes the text "&lt;", not "<". Unknown entities stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') return codePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : Number(body.slice(1)))
    return NAMED.get(body.toLowerCase()) ?? whole
  })
}

const BLOCK_END = /^<(?:br\s*(?:\/\s*)?|\/(?:p|div|li|h[1-6]|blockquote|tr)\s*)>$/i
const TAG_START = /[a-z!]/i

/**
 * Drops every tag (`<x…>`, `</x…>`, `<!…>`), a block end becoming a line break, in one pass.
 * A regex here would rescan to the end of the text for each unclosed "<a": quadratic on hostile
 * files. Each '>' is looked for once, moving forward only; a '<' that is no tag stays as text.
 */
function stripTags(html: string): string {
  const parts: string[] = []
  let i = 0
  let close = html.indexOf('>')
  while (i < html.length) {
    const open = html.indexOf('<', i)
    if (open === -1) break
    parts.push(html.slice(i, open))
    const first = html[open + 1] ?? ''
    const isTag = first === '/' ? /[a-z]/i.test(html[open + 2] ?? '') : TAG_START.test(first)
    if (close !== -1 && close < open) close = html.indexOf('>', open)
    if (!isTag || close === -1) {
      parts.push('<')
      i = open + 1
      continue
    }
    if (BLOCK_END.test(html.slice(open, close + 1))) parts.push('\n')
    i = close + 1
  }
  parts.push(html.slice(i))
  return parts.join('')
}

export function htmlToText(html: string): string {
  const withoutCode = html
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
    // Script and style bodies are code, not text; an unclosed one runs to the end.
    .replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
  return decodeEntities(stripTags(withoutCode))
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}
