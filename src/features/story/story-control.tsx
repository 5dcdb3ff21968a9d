import { Button } from '../../ui/button'
import { STORY_CONTROL_ID, useCurrentStory, useStories, useStoryActions, wantStoryFocus } from './use-story'

/**
 * Opens the dataset's story at its first step, or leaves it: shown only when the dataset has one.
 * A dataset with several gets one button each, named after the story.
 */
export function StoryControl() {
  const stories = useStories()
  const current = useCurrentStory()
  const { goTo, leave } = useStoryActions()
  if (stories.length === 0) return null
  return (
    <div className="flex flex-wrap items-center gap-2">
      {stories.map((story, i) => {
        const open = current?.story.id === story.id
        return (
          <Button
            key={story.id}
            id={i === 0 ? STORY_CONTROL_ID : undefined}
            variant="secondary"
            aria-pressed={open}
            title={story.title}
            onClick={() => {
              if (open) return leave()
              wantStoryFocus()
              goTo(story, 1)
            }}
            className="min-h-11 sm:min-h-9 aria-pressed:bg-slate-800 aria-pressed:text-white dark:aria-pressed:bg-slate-200 dark:aria-pressed:text-slate-900"
          >
            {stories.length === 1 ? (
              'Story'
            ) : (
              <>
                Story: <bdi>{story.title}</bdi>
              </>
            )}
          </Button>
        )
      })}
    </div>
  )
}
