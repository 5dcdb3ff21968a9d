import { stripBidiControls } from '../../dataset/bidi'

/** RFC 5545 §3.3.11 TEXT: backslash first, so the escapes added after it are not escaped again. */
export function escapeText(value: string): string {
  return stripBidiControls(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
}

/**
 * RFC 5545 §3.1 folding: lines of at most 75 octets, continuation lines starting with one space. Counts
 * UTF-8 octets and cuts only between code points, so no multi-byte character is ever split.
 */
export function foldLine(line: string, maxOctets = 75): string {
  const lines: string[] = []
  let current = ''
  let size = 0
  for (const char of line) {
    const length = utf8Length(char)
    const limit = lines.length === 0 ? maxOctets : maxOctets - 1
    if (size + length > limit) {
      lines.push(current)
      current = ''
      size = 0
    }
    current += char
    size += length
  }
  lines.push(current)
  return lines.join('\r\n ')
}

/** Midnight UTC of 9999-12-31: DATE values have four-digit years, so no later day can be written. */
export const LAST_ICAL_DAY_MS = Date.UTC(9999, 11, 31)

/** 2025-03-27 -> 20250327, from UTC milliseconds; days after LAST_ICAL_DAY_MS have no DATE form. */
export function icalDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replace(/-/g, '')
}

/** 2026-11-28T13:22:38.123Z -> 20261128T132238Z. */
export function icalDateTime(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/**
 * A URL as a URI property or description text may hold it: the WHATWG serialisation, which is where a
 * browser would go. Spaces and control characters are percent-encoded (tab and line breaks are dropped, as
 * the URL parser drops them), so no calendar cuts the link short or reads a line break into it.
 * Undefined for text that is not a URL at all.
 */
export function icalUri(url: string): string | undefined {
  try {
    return new URL(url).href
  } catch {
    return undefined
  }
}
