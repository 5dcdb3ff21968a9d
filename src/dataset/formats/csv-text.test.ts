import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { headerColumnCount, headerSeparator, joinList, normaliseLineEndings, quotedCellEnd, readSepLine, splitList, unguardFormula } from './csv-text'

describe('list cells', () => {
  it.each<[string, string[]]>([
    ['FR; GB;', ['FR', 'GB']],
    ['  a ;b;; c  ', ['a', 'b', 'c']],
    ['', []],
    ['"Smith; John"; Jane', ['Smith; John', 'Jane']],
    ['"Dwayne ""The Rock"" Johnson"', ['Dwayne "The Rock" Johnson']],
    ['"a"b; c', ['ab', 'c']],
    ['Dwayne "The Rock" Johnson; x', ['Dwayne "The Rock" Johnson', 'x']],
    ['"never closed; still one', ['never closed; still one']],
    ['""; a', ['a']],
  ])('%j reads as %j', (cell, items) => {
    expect(splitList(cell)).toEqual(items)
  })

  it('quotes only the items that need it, and reads back what it wrote', () => {
    const items = ['Smith; John', 'Jane', '"quoted"', 'a "b" c', ";", 'Élysée 🇺🇦']
    const cell = joinList(items)
    expect(cell).toBe('"Smith; John"; Jane; """quoted"""; "a ""b"" c"; ";"; Élysée 🇺🇦')
    expect(splitList(cell)).toEqual(items)
  })

  it('reads a megabyte of quotes and separators in one pass', () => {
    expect(splitList(';'.repeat(1_000_000))).toEqual([])
    expect(splitList(`"${'""'.repeat(500_000)}`)).toEqual(['"'.repeat(500_000)])
    expect(splitList('"a";'.repeat(250_000))).toHaveLength(250_000)
  })
})

describe('the formula guard', () => {
  it.each([
    ["'=SUM(1)", '=SUM(1)'],
    ["''=literal", "'=literal"],
    ["''", "'"],
    ["'hello", "'hello"],
    ["'", "'"],
    ['plain', 'plain'],
  ])('%s reads as %s', (cell, value) => {
    expect(unguardFormula(cell)).toBe(value)
  })
})

describe('sep= line and header separator', () => {
  it('reads the separator Excel names, and the rest of the file', () => {
    expect(readSepLine('sep=;\r\ntitle;start')).toEqual({ separator: ';', named: ';', rest: 'title;start' })
    expect(readSepLine('SEP=|\ntitle|start')).toMatchObject({ separator: '|', rest: 'title|start' })
    expect(readSepLine('sep=\t\ntitle')).toMatchObject({ separator: '\t' })
    expect(readSepLine('sep=x\ntitle')).toMatchObject({ separator: undefined, named: 'x' })
    expect(readSepLine('title,start')).toBeUndefined()
  })

  it('takes the one separator the header shows, else a comma', () => {
    expect(headerSeparator('title;start;category')).toBe(';')
    expect(headerSeparator('title\tstart')).toBe('\t')
    expect(headerSeparator('title|start')).toBe('|')
    expect(headerSeparator('title,start')).toBe(',')
    expect(headerSeparator('title')).toBe(',')
  })

  it('counts the header record\'s columns, quotes honoured, and stops past the limit', () => {
    expect(headerColumnCount('title,start\nT,"a,b,c"', ',', 10)).toBe(2)
    expect(headerColumnCount('"ti,tle";"st\nart";x\r\n1;2', ';', 10)).toBe(3)
    expect(headerColumnCount('a,,,,,,,,,', ',', 4)).toBe(5)
    expect(headerColumnCount('', ',', 4)).toBe(1)
    // A quote inside a cell is text, as papaparse reads it: the separators after it count.
    expect(headerColumnCount('{"title":";;;', ';', 10)).toBe(4)
  })
})

describe('normaliseLineEndings', () => {
  it('gives what a character-by-character pass gives, for any mix of quotes, separators and endings', () => {
    const text = fc.array(fc.constantFrom('"', '""', ',', ';', '\r', '\n', '\r\n', 'a', ' '), { maxLength: 40 }).map((parts) => parts.join(''))
    fc.assert(fc.property(text, fc.constantFrom(',', ';'), (input, separator) => {
        expect(normaliseLineEndings(input, separator)).toBe(oneCharAtATime(input, separator))
      }),
      { numRuns: 2000 },
    )
  })

  it('makes every row end in \\n and leaves line breaks inside quoted cells alone', () => {
    const text = 'a,b\r\n1,"x\r\ny"\n2,"p\rq"\r3,4\r\n"5" ,"say ""hi""\r\n"\r\n'
    expect(normaliseLineEndings(text, ',')).toBe('a,b\n1,"x\r\ny"\n2,"p\rq"\n3,4\n"5" ,"say ""hi""\r\n"\n')
    expect(Papa.parse(normaliseLineEndings(text, ','), { newline: '\n' }).data).toEqual([
      ['a', 'b'], ['1', 'x\r\ny'], ['2', 'p\rq'], ['3', '4'], ['5', 'say "hi"\r\n'], [''],
    ])
  })

  it('reads a quote inside an unquoted cell as text, as papaparse does', () => {
    expect(normaliseLineEndings('5" screen,x\r\nnext,y\r\n', ',')).toBe('5" screen,x\nnext,y\n')
  })

  it('keeps an unclosed quoted cell to the end', () => {
    expect(normaliseLineEndings('a\r\n"open\r\nstill', ',')).toBe('a\n"open\r\nstill')
  })

  it('handles a megabyte of line ends and stray quotes in one pass', () => {
    expect(normaliseLineEndings('\r'.repeat(1_000_000), ',')).toBe('\n'.repeat(1_000_000))
    const strays = `"${'" '.repeat(500_000)}`
    expect(normaliseLineEndings(`${strays}\r\n`, ',')).toBe(`${strays}\n`)
  })
})

/** The former loop, one character at a time: the reference the faster one must agree with. */
function oneCharAtATime(text: string, separator: string): string {
  const parts: string[] = []
  let copied = 0
  let cellStart = true
  for (let i = 0; i < text.length; ) {
    const char = text[i]
    if (cellStart && char === '"') {
      i = quotedCellEnd(text, i + 1, separator)
      cellStart = false
      continue
    }
    cellStart = char === separator || char === '\n' || char === '\r'
    if (char === '\r') {
      parts.push(text.slice(copied, i), '\n')
      i += text[i + 1] === '\n' ? 2 : 1
      copied = i
      continue
    }
    i++
  }
  parts.push(text.slice(copied))
  return parts.join('')
}
