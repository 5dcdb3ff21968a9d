import { z } from 'zod'
import type { citation as citationSchema, slug as slugSchema } from './schema'

/**
 * Stories: guided walks through a dataset, one view per step. The parts it shares with events (ids,
 * citations) are passed in by schema.ts, which imports this file: importing them back would be a cycle.
 */
type Parts = { slug: typeof slugSchema; citation: typeof citationSchema }

const text = (max: number) => z.string().trim().min(1, 'Must not be empty').max(max)

export const MAX_STORY_STEPS = 100

export function storySchema({ slug, citation }: Parts) {
  /** One sentence of a step's body, citing its sources exactly as an event does. */
  const sentence = z.strictObject({
    text: text(1000),
    sources: z.array(citation).min(1, 'Every sentence cites a source'),
  })
  const step = z.strictObject({
    title: text(200),
    body: z.array(sentence).min(1).max(20),
    /**
     * What the step shows, written as a shared link's query: filters, `lanes`, `e` and `t`, e.g.
     * "k=summit&e=paris-summit&t=2025-03-20T00:00:00Z~2025-03-30T00:00:00Z". Parsed by the app's own
     * link parser where it is used, and checked by check:data.
     */
    view: z.string().max(2000),
  })
  return z.strictObject({
    id: slug,
    title: text(200),
    steps: z.array(step).min(1).max(MAX_STORY_STEPS),
  })
}

export type Story = z.infer<ReturnType<typeof storySchema>>
export type StoryStep = Story['steps'][number]
export type StorySentence = StoryStep['body'][number]
