import type { Citation, TimelineEvent } from '../../dataset/schema'

/** Every actor and source id an event refers to, quotes and disputes included. */
export function usedReferences(events: readonly TimelineEvent[]): { actors: Set<string>; sources: Set<string> } {
  const actors = new Set<string>()
  const sources = new Set<string>()
  const cite = (c: Citation) => sources.add(c.source)
  for (const event of events) {
    event.actors.forEach((id) => actors.add(id))
    event.sources.forEach(cite)
    event.quotes.forEach((q) => {
      actors.add(q.speaker)
      cite(q.source)
    })
    event.disputes.forEach((d) => d.sources.forEach(cite))
  }
  return { actors, sources }
}
