/**
 * The text rules the CSV export and import share, so that reading back an exported file gives exactly
 * what was written: list cells, the formula guard, line endings and Excel's `sep=` line.
 */
import { LIST_SEPARATOR } from './csv-columns'

/**
 * Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR) get a leading `'` on export. So
 * do cells that already start with `'`: otherwise `'=x` would be written as is and read back as `=x`.
 */
export const FORMULA_GUARDED = /^[=+\-@\t\r']/

/**
 * Removes the one `'` the export puts before a formula character or a `'`. A cell such as `'hello` was not
 * guarded (the export would have written `''hello`) and is kept whole.
 */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && FORMULA_GUARDED.test(value.slice(1)) ? value.slice(1) : value
}

/**
 * List cells (countries, actors): items separated by `;`, spaces around them ignored. An item holding a
 * `;` or a `"` is written in double quotes, a quote inside doubled: `"Smith; John"; "Dwayne ""The Rock"""`.
 * (In the CSV file the whole cell is quoted once more, by the CSV rules.)
 */
export function joinList(items: readonly string[]): string {
  return items.map((item) => (/[;"]/.test(item) ? `"${item.replace(/"/g, '""')}"` : item)).join(`${LIST_SEPARATOR} `)
}

/**
 * Reads a list cell: `FR; GB;` -> ["FR", "GB"], `"Smith; John"; Jane` -> ["Smith; John", "Jane"]. An item
 * is quoted only when its first non-space character is `"`; a `"` anywhere else is text, so hand-written
 * `a; b` lists read as before. Text after a closing quote, up to the next `;`, is kept with the item; a
 * quote that is never closed runs to the end of the cell. Empty items are dropped. One pass.
 */
export function splitList(cell: string | undefined): string[] {
  const text = cell ?? ''
  const items: string[] = []
  let i = 0
  while (i <= text.length) {
    while (i < text.length && /\s/.test(text.charAt(i))) i++
    const quoted = text[i] === '"'
    let item = ''
    if (quoted) {
      let from = i + 1
      for (;;) {
        const quote = text.indexOf('"', from)
        if (quote === -1) {
          item += text.slice(from)
          i = text.length
          break
        }
        item += text.slice(from, quote)
        if (text[quote + 1] !== '"') {
          i = quote + 1
          break
        }
        item += '"'
        from = quote + 2
      }
    }
    const separator = text.indexOf(LIST_SEPARATOR, i)
    const stop = separator === -1 ? text.length : separator
    // Whatever follows a closing quote belongs to the item; an unquoted item is trimmed.
    item = quoted ? item + text.slice(i, stop).trimEnd() : text.slice(i, stop).trim()
    if (item) items.push(item)
    i = stop + 1
  }
  return items
}

/** The separators a file can name in Excel's `sep=` line, and that the header line can show. */
export const SEPARATORS = [',', ';', '\t', '|'] as const
export type Separator = (typeof SEPARATORS)[number]

const SEP_LINE = /^sep=(.?)[^\S\r\n]*(?:\r\n|\r|\n|$)/i

/**
 * Excel's `sep=;` first line. Returns the separator it names and the text after it; `undefined` when the
 * file has no such line, and `separator: undefined` when the line names a separator we do not read.
 */
export function readSepLine(text: string): { separator: Separator | undefined; named: string; rest: string } | undefined {
  const match = SEP_LINE.exec(text)
  if (!match) return undefined
  const named = match[1] ?? ''
  const separator = SEPARATORS.find((s) => s === named)
  return { separator, named, rest: text.slice(match[0].length) }
}

/** The header line shows the separator: column names hold none of them. Comma when it shows none or several. */
export function headerSeparator(headerLine: string): Separator {
  const [shown, ...more] = SEPARATORS.filter((s) => headerLine.includes(s))
  return shown && more.length === 0 ? shown : ','
}

const isBlank = (char: string | undefined) => char !== undefined && char !== '\r' && char !== '\n' && /\s/.test(char)

/** Index just after the quote closing the quoted cell whose content starts at `from`, or the text's end. */
export function quotedCellEnd(text: string, from: number, separator: string): number {
  let at = from
  for (;;) {
    const quote = text.indexOf('"', at)
    if (quote === -1) return text.length
    if (text[quote + 1] === '"') {
      at = quote + 2
      continue
    }
    let next = quote + 1
    while (next < text.length && text[next] !== separator && isBlank(text[next])) next++
    const after = text[next]
    if (after === undefined || after === separator || after === '\r' || after === '\n') return quote + 1
    // A stray quote inside the cell, as papaparse reads it: look on from the next character.
    at = quote + 1
  }
}

/**
 * Columns in the header record, quotes read as papaparse reads them (a quoted name may hold the separator
 * or a line end), counted no further than `limit + 1`: a hostile header costs nothing past the limit.
 */
export function headerColumnCount(text: string, separator: Separator, limit: number): number {
  let columns = 1
  let at = 0
  for (;;) {
    if (text[at] === '"') at = quotedCellEnd(text, at + 1, separator)
    while (at < text.length && text[at] !== separator && text[at] !== '\n' && text[at] !== '\r') at++
    if (text[at] !== separator || columns > limit) return columns
    columns++
    at++
  }
}

/**
 * Every row ending, `\r\n`, `\n` or a lone `\r`, as `\n`, so a file whose header ends in `\r\n` and whose
 * rows end in `\n` reads row by row. Line breaks inside a quoted cell are data and stay as they are.
 * Quotes are read as papaparse reads them: a cell is quoted only when its first character is `"`, `""`
 * inside stands for one quote, and the closing quote is followed (after spaces) by the separator, a line
 * end or the end of the text. One pass: each character is looked at a bounded number of times.
 */
export function normaliseLineEndings(text: string, separator: string): string {
  if (!text.includes('\r')) return text
  // Between quoted cells the text is changed by one native replace, whatever number of ends it holds.
  const unquoted = (from: number, to: number) => text.slice(from, to).replace(/\r\n?/g, '\n')
  const parts: string[] = []
  let copied = 0
  const quotes = /"/g
  for (let match = quotes.exec(text); match; match = quotes.exec(text)) {
    const at = match.index
    const before = text[at - 1]
    // A quote that does not open a cell is text, as papaparse reads it.
    if (at > 0 && before !== separator && before !== '\n' && before !== '\r') continue
    const end = quotedCellEnd(text, at + 1, separator)
    parts.push(unquoted(copied, at), text.slice(at, end))
    copied = end
    quotes.lastIndex = end
  }
  parts.push(unquoted(copied, text.length))
  return parts.join('')
}
