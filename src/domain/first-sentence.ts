/**
 * The first sentence of a text: up to the first . ! or ? that is followed by a space and a capital
 * (or an opening quote), so "e.g. the" and "U.S. officials" do not end it. The whole text when it
 * has no such break.
 */
export function firstSentence(text: string): string {
  const trimmed = text.trim()
  const end = /[.!?][”’"')\]]?(?=\s+["“‘(]?\p{Lu})/u.exec(trimmed)
  if (!end) return trimmed
  const cut = end.index + end[0].length
  // An initial ("J. Smith") or an abbreviation of one letter is not a sentence end.
  const before = trimmed.slice(0, end.index).split(/\s/).pop() ?? ''
  if (/^\p{L}$/u.test(before) || /\p{L}\.\p{L}$/u.test(before)) {
    const rest = firstSentence(trimmed.slice(cut))
    return rest === trimmed.slice(cut).trim() ? trimmed : `${trimmed.slice(0, cut)} ${rest}`
  }
  return trimmed.slice(0, cut)
}
