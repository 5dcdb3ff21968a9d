/**
 * Characters that reorder the text around them: the embeddings and overrides (LRE RLE PDF LRO RLO),
 * the isolates (LRI RLI FSI PDI) and the marks (LRM RLM ALM). In dataset text they could mirror the
 * app's own words beside it, a permalink included.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

/** For plain-text outputs (citations, CSV, iCalendar): the controls go, the words stay. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '')
}

/** For JSON text: each control written as its \uXXXX escape, so the data is kept but cannot act. */
export function escapeBidiControls(json: string): string {
  return json.replace(BIDI_CONTROLS, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
