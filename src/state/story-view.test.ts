import { describe, expect, it } from 'vitest'
import { parseStepView, settleStoryLink } from './story-view'
import { DEFAULT_VIEW, type ViewState } from './view-state'

const STORY = {
  id: 'how-it-began',
  steps: [{ view: 'k=summit&e=paris-summit' }, { view: 'c=FR&lanes=country&t=2025-03-20T00:00:00Z~2025-03-30T00:00:00Z' }],
}
const linked = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch })

describe('parseStepView', () => {
  it('reads filters, lanes, selection and window with the link parser', () => {
    const { view, problems } = parseStepView(STORY.steps[1]!.view)
    expect(problems).toEqual([])
    expect(view).toEqual({
      filters: { ...DEFAULT_VIEW.filters, countries: ['FR'] },
      lanes: 'country',
      selected: null,
      window: { start: Date.UTC(2025, 2, 20), end: Date.UTC(2025, 2, 30) },
    })
  })

  it('lists what a dataset author must fix: bad values, unknown keys, and keys that are not a step view', () => {
    expect(parseStepView('t=garbage&zz=1&view=list&story=x&embed=1').problems).toEqual([
      'unknown parameter "zz"',
      'window "garbage" is malformed',
      '"view" is not part of a step\'s view',
      '"story" is not part of a step\'s view',
      '"embed" is not part of a step\'s view',
    ])
  })

  it('drops ids the dataset lacks when told which it has', () => {
    const known = { categories: new Set<string>(), countries: new Set(['FR']), actors: new Set<string>(), events: new Set<string>() }
    const { view, problems } = parseStepView('c=FR,DE&e=ghost', known)
    expect(view.filters.countries).toEqual(['FR'])
    expect(view.selected).toBeNull()
    expect(problems).toEqual(['unknown country "DE"', 'unknown event "ghost"'])
  })
})

describe('settleStoryLink', () => {
  it('gives a link that names only the story and step that step’s view, keeping the view mode', () => {
    const { state, ignored } = settleStoryLink(linked({ story: STORY.id, step: 1, view: 'list' }), [STORY])
    expect(ignored).toEqual([])
    expect(state).toEqual(linked({ story: STORY.id, step: 1, view: 'list', filters: { ...DEFAULT_VIEW.filters, categories: ['summit'] }, selected: 'paris-summit' }))
  })

  it('keeps the view of a link copied from a step', () => {
    const view = linked({ story: STORY.id, step: 2, selected: 'paris-summit' })
    expect(settleStoryLink(view, [STORY]).state).toBe(view)
  })

  it('drops an unknown story and opens a step past the end at the last', () => {
    expect(settleStoryLink(linked({ story: 'ghost', step: 1, lanes: 'actor' }), [STORY])).toEqual({
      state: linked({ lanes: 'actor' }),
      ignored: ['unknown story "ghost"'],
    })
    const { state, ignored } = settleStoryLink(linked({ story: STORY.id, step: 9 }), [STORY])
    expect(state.step).toBe(2)
    expect(state.lanes).toBe('country')
    expect(ignored).toEqual(['story "how-it-began" has 2 steps, not 9: it opens at the last'])
  })

  it('leaves a view without a story alone', () => {
    expect(settleStoryLink(DEFAULT_VIEW, [STORY]).state).toBe(DEFAULT_VIEW)
  })
})
