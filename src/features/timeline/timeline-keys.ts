import type { Step } from './step-selection'

export type TimelineCommand = { step: Step } | { zoom: 'in' | 'out' } | { close: true }

// A Map, not an object: a key named "constructor" must find nothing.
const KEYS = new Map<string, TimelineCommand>(Object.entries({
  ArrowLeft: { step: 'previous' },
  ArrowRight: { step: 'next' },
  Home: { step: 'first' },
  End: { step: 'last' },
  Enter: { step: 'next' },
  '+': { zoom: 'in' },
  '=': { zoom: 'in' },
  '-': { zoom: 'out' },
  Escape: { close: true },
}))

/** What a key does while the timeline has focus; modified keys are left to the browser. */
export function timelineCommand(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): TimelineCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null
  return KEYS.get(event.key) ?? null
}
