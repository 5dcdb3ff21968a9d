import { quote } from './param-kinds'
import type { KnownIds } from '../domain/dataset-index'
import { dropUnknownIds, parseView, PASSTHROUGH_KEYS, VIEW_KEYS } from './url-codec'
import { DEFAULT_VIEW, VIEW_PARAMS, type ViewState } from './view-state'

/**
 * A story step's view: the parts of a link that say what is shown (filters, lanes, selection,
 * window). The view mode is the reader's (a story read in the List stays in the List), and the
 * story itself is not part of any step.
 */
export type StepView = Pick<ViewState, 'filters' | 'lanes' | 'selected' | 'window'>

const STEP_FIELDS = ['filters', 'lanes', 'selected', 'window'] as const
const STEP_KEYS: ReadonlySet<string> = new Set([
  ...Object.values(VIEW_PARAMS.filters).map((param) => param.key),
  VIEW_PARAMS.lanes.key,
  VIEW_PARAMS.selected.key,
  VIEW_PARAMS.window.key,
])
const LINK_KEYS: ReadonlySet<string> = new Set([...VIEW_KEYS, ...PASSTHROUGH_KEYS])

/**
 * Reads a step's view with the app's own link parser. Never throws; `problems` lists what a dataset
 * author should fix (check:data reports them): anything the parser dropped, and link keys that are
 * not part of a step's view.
 */
export function parseStepView(query: string, known?: KnownIds): { view: StepView; problems: string[] } {
  const parsed = parseView(query)
  const problems = [...parsed.ignored]
  const keys = new Set(new URLSearchParams(query).keys())
  for (const key of keys) {
    if (LINK_KEYS.has(key) && !STEP_KEYS.has(key)) problems.push(`"${key}" is not part of a step's view`)
  }
  const { state, ignored } = known ? dropUnknownIds(parsed.state, known) : { state: parsed.state, ignored: [] }
  problems.push(...ignored)
  return { view: { filters: state.filters, lanes: state.lanes, selected: state.selected, window: state.window }, problems }
}

/** Entering a step: its view replaces what is shown, in one change, so one history entry holds both. */
export function enterStepView(current: ViewState, story: string, step: number, view: StepView): ViewState {
  return { ...current, ...view, story, step }
}

/** As much of a story as a link needs: its id and each step's view. */
export type LinkedStory = { id: string; steps: readonly { view: string }[] }

const showsDefault = (view: ViewState) =>
  STEP_FIELDS.every((field) => JSON.stringify(view[field]) === JSON.stringify(DEFAULT_VIEW[field]))

/**
 * A link naming a story, settled once the dataset is known. An unknown story is dropped; a step past
 * the end opens the last. A link with only `story=` and `step=` gets that step's view; one that also
 * carries a view was copied from a step and keeps what it shows. Same state object when nothing changes.
 */
export function settleStoryLink(view: ViewState, stories: readonly LinkedStory[], known?: KnownIds): { state: ViewState; ignored: string[] } {
  if (view.story === null) return { state: view, ignored: [] }
  const story = stories.find((s) => s.id === view.story)
  if (!story) return { state: { ...view, story: null, step: null }, ignored: [`unknown story ${quote(view.story)}`] }
  const ignored: string[] = []
  let step = view.step ?? 1
  if (step > story.steps.length) {
    ignored.push(`story ${quote(story.id)} has ${story.steps.length} steps, not ${step}: it opens at the last`)
    step = story.steps.length
  }
  if (showsDefault(view)) {
    const { view: stepView } = parseStepView(story.steps[step - 1]?.view ?? '', known)
    return { state: enterStepView(view, story.id, step, stepView), ignored }
  }
  return { state: step === view.step ? view : { ...view, step }, ignored }
}
