/** Case-, accent- and spacing-insensitive form for matching names and titles. */
export function normaliseKey(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim()
}
