import type { KeyboardEvent } from 'react'

export type MapCommand = { pan: [number, number] } | { zoom: 'in' | 'out' }

/** How far one arrow press moves the map, in screen pixels. */
export const PAN_STEP = 96

const PANS: Record<string, [number, number]> = {
  ArrowLeft: [-PAN_STEP, 0],
  ArrowRight: [PAN_STEP, 0],
  ArrowUp: [0, -PAN_STEP],
  ArrowDown: [0, PAN_STEP],
}

/** Arrow keys pan, + and − zoom; with a modifier the key belongs to the browser. */
export function mapCommand(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): MapCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null
  const pan = PANS[event.key]
  if (pan) return { pan }
  if (event.key === '+' || event.key === '=') return { zoom: 'in' }
  if (event.key === '-' || event.key === '−' || event.key === '_') return { zoom: 'out' }
  return null
}
