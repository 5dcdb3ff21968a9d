import type { TimelineEvent } from '../dataset/schema'

/** A valid event with dull defaults; tests override only what they are about. */
export function makeEvent(id: string, overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id,
    title: `Event ${id}`,
    summary: 'Nothing to see.',
    start: '2025-03-27',
    precision: 'day',
    category: 'summit',
    countries: ['FR'],
    actors: [],
    quotes: [],
    sources: [{ source: 's' }],
    disputes: [],
    ...overrides,
  }
}
