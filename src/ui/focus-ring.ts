/** The one focus ring: blue with a gap, light and dark, on every control that takes focus. */
export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-400'

/** Fields ring whenever focus is in them: a date field's focus can sit in its inner parts, where :focus-visible misses it. */
export const fieldFocusRing =
  'focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-blue-700 dark:focus-within:outline-blue-400'
