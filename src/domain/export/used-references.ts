import type { Citation, TimelineEvent } from '../../dataset/schema'
import type { Story } from '../../dataset/story-schema'

/** Every actor and source id an event refers to, quotes and disputes included. */
export function usedReferences(events: readonly TimelineEvent[], stories: readonly Story[] = []): { actors: Set<string>; sources: Set<string> } {
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
  for (const story of stories) story.steps.forEach((step) => step.body.forEach((sentence) => sentence.sources.forEach(cite)))
  return { actors, sources }
}
