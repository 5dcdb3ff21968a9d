import { useEffect, useRef, type KeyboardEvent } from 'react'
import type { Story, StoryStep } from '../../dataset/story-schema'
import { useDatasetIndex } from '../../state/use-dataset'
import { Button } from '../../ui/button'
import { StepBody } from './step-body'
import { STORY_CONTROL_ID, takeStoryFocusWish, useCurrentStory, useStoryActions } from './use-story'

function isTyping(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
}

function StoryCard({ story, step, current }: { story: Story; step: number; current: StoryStep }) {
  const { sourcesById } = useDatasetIndex()
  const { goTo, leave } = useStoryActions()
  const ref = useRef<HTMLElement>(null)
  const count = story.steps.length
  const first = step === 1
  const last = step === count

  // Opening the story from its control puts the reader in it, so ← → work at once.
  useEffect(() => {
    if (!takeStoryFocusWish()) return
    ref.current?.focus({ preventScroll: true })
    ref.current?.scrollIntoView?.({ block: 'nearest' })
  }, [story.id])

  const previous = () => !first && goTo(story, step - 1)
  const next = () => !last && goTo(story, step + 1)
  const leaveHere = () => {
    leave()
    document.getElementById(STORY_CONTROL_ID)?.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return
    const action = { ArrowLeft: previous, ArrowRight: next, Escape: leaveHere }[event.key]
    if (!action) return
    // Handled here, so the page's own Escape (which closes the detail) leaves the selection alone.
    event.preventDefault()
    action()
  }

  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="story-title"
      aria-describedby="story-keys"
      onKeyDown={onKeyDown}
      className="flex flex-col gap-2 rounded-lg border border-amber-300 bg-amber-50 p-3 outline-none focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 sm:p-4 dark:border-amber-700/60 dark:bg-slate-800 dark:focus-visible:outline-blue-400"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id="story-title" className="text-xs font-semibold tracking-wide text-amber-900 uppercase dark:text-amber-300">
            Story: <bdi>{story.title}</bdi>
          </h2>
          <h3 className="text-lg font-semibold text-slate-900 dark:text-slate-100">
            <bdi>{current.title}</bdi>
          </h3>
        </div>
        <Button variant="secondary" onClick={leaveHere} className="min-h-11 sm:min-h-9">
          Leave story
        </Button>
      </div>
      <StepBody step={current} sourcesById={sourcesById} />
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
        <nav aria-label="Story steps" className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" aria-disabled={first} onClick={previous} className="min-h-11 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 sm:min-h-9">
            ← Previous
          </Button>
          <p className="text-sm font-medium text-slate-800 tabular-nums dark:text-slate-200">
            Step {step} of {count}
          </p>
          <Button variant="primary" aria-disabled={last} onClick={next} className="min-h-11 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 sm:min-h-9">
            Next →
          </Button>
        </nav>
        <p id="story-keys" className="text-xs text-slate-600 dark:text-slate-400">
          In the story: ← → previous and next step, Esc leaves it and keeps this view to explore from.
        </p>
      </div>
    </section>
  )
}

/**
 * The story being read: its step, citations and Previous/Next. The polite live region is always
 * there, so the first step is announced as well as every later one.
 */
export function StoryPanel() {
  const current = useCurrentStory()
  return (
    <>
      <p aria-live="polite" className="sr-only">
        {current && (
          <>
            Step {current.step} of {current.story.steps.length}: <bdi>{current.current.title}</bdi>
          </>
        )}
      </p>
      {current && <StoryCard {...current} />}
    </>
  )
}
