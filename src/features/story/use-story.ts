import type { Story, StoryStep } from '../../dataset/story-schema'
import { useActions, useStoryId, useStoryStep } from '../../state/store/hooks'
import { parseStepView } from '../../state/story-view'
import { useDatasetIndex } from '../../state/use-dataset'

const NO_STORIES: readonly Story[] = []

export function useStories(): readonly Story[] {
  return useDatasetIndex().dataset.stories ?? NO_STORIES
}

/** The story being read and its step (from 1), or null when none is open or the dataset lacks it. */
export function useCurrentStory(): { story: Story; step: number; current: StoryStep } | null {
  const stories = useStories()
  const id = useStoryId()
  const stepParam = useStoryStep()
  const story = id === null ? undefined : stories.find((s) => s.id === id)
  if (!story) return null
  // A link is settled to a real step once the dataset is in; until then, the nearest one.
  const step = Math.min(Math.max(stepParam ?? 1, 1), story.steps.length)
  const current = story.steps[step - 1]
  return current ? { story, step, current } : null
}

/** Going to a step applies its view: parsed here, where it is used, with the app's own link parser. */
export function useStoryActions() {
  const { known } = useDatasetIndex()
  const { enterStep, leaveStory } = useActions()
  return {
    goTo(story: Story, step: number) {
      const target = story.steps[step - 1]
      if (!target) return
      // Ids the dataset lacks are dropped; check:data keeps the curated views free of them.
      enterStep(story.id, step, parseStepView(target.view, known).view)
    },
    leave: leaveStory,
  }
}

/** The Story control in the header: focus returns to it when the reader leaves with Esc. */
export const STORY_CONTROL_ID = 'story-control'

/**
 * Set when the reader opens a story, so the panel takes focus then (and ← → work at once), but not
 * when a link or Back opens it: a page that has just loaded keeps its skip links first.
 */
let focusWanted = false
export const wantStoryFocus = () => void (focusWanted = true)
export function takeStoryFocusWish(): boolean {
  const wanted = focusWanted
  focusWanted = false
  return wanted
}
