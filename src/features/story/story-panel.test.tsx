import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../dataset/schema'
import { useAppStore } from '../../state/store/app-store'
import { renderWithDataset, validSample } from '../../test/render-with-dataset'
import { StoryControl } from './story-control'
import { StoryPanel } from './story-panel'

function withStory(): Dataset {
  return {
    ...validSample(),
    stories: [
      {
        id: 'tale',
        title: 'A tale',
        steps: [
          {
            title: 'Chiefs',
            body: [
              { text: 'Chiefs met.', sources: [{ source: 'wire' }] },
              { text: 'A paper said so.', sources: [{ source: 'article', paragraphs: [2] }, { source: 'wire' }] },
            ],
            view: 'k=military&e=chiefs-meet',
          },
          { title: 'Summit', body: [{ text: 'Leaders met.', sources: [{ source: 'article', paragraphs: [1] }] }], view: 'e=paris-summit&c=FR' },
        ],
      },
    ],
  }
}

const view = () => useAppStore.getState().view
/** The polite live region: a step change is read out from here. */
const announced = () => document.querySelector('[aria-live="polite"]')?.textContent
const region = () => screen.getByRole('region', { name: 'Story: A tale' })

function renderStory(dataset = withStory()) {
  renderWithDataset(
    <>
      <StoryControl />
      <StoryPanel />
    </>,
    dataset,
  )
}

describe('the story panel', () => {
  it('opens at the first step with its view, focused, and announces it', async () => {
    renderStory()
    await userEvent.click(await screen.findByRole('button', { name: 'Story' }))
    expect(view()).toMatchObject({ story: 'tale', step: 1, selected: 'chiefs-meet', filters: { categories: ['military'] } })
    expect(region()).toHaveFocus()
    expect(within(region()).getByRole('heading', { level: 3 })).toHaveTextContent('Chiefs')
    expect(announced()).toBe('Step 1 of 2: Chiefs')
    expect(screen.getByRole('button', { name: 'Story' })).toHaveAttribute('aria-pressed', 'true')
  })

  it('numbers each cited source once, in the order the sentences cite them', async () => {
    renderStory()
    await userEvent.click(await screen.findByRole('button', { name: 'Story' }))
    expect(region()).toHaveTextContent('Chiefs met., sources [1] A paper said so., sources [2, 1]')
    const sources = within(region()).getAllByRole('listitem')
    expect(sources.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Wire'),
      expect.stringMatching(/Example News.*para\. 2.*¶2Second paragraph\./),
    ])
  })

  it('steps with → and ←, and Esc leaves it keeping the view', async () => {
    renderStory()
    await userEvent.click(await screen.findByRole('button', { name: 'Story' }))
    await userEvent.keyboard('{ArrowRight}')
    expect(view()).toMatchObject({ step: 2, selected: 'paris-summit', filters: { countries: ['FR'], categories: [] } })
    expect(announced()).toBe('Step 2 of 2: Summit')
    await userEvent.keyboard('{ArrowRight}')
    expect(view().step).toBe(2)
    await userEvent.keyboard('{ArrowLeft}')
    expect(view().step).toBe(1)
    await userEvent.keyboard('{Escape}')
    expect(view()).toMatchObject({ story: null, step: null, selected: 'chiefs-meet', filters: { categories: ['military'] } })
    expect(screen.queryByRole('region')).toBeNull()
    expect(announced()).toBe('')
    expect(screen.getByRole('button', { name: 'Story' })).toHaveFocus()
  })

  it('shows nothing for a dataset without stories, or a story it lacks', () => {
    renderStory(validSample())
    expect(screen.queryByRole('button', { name: 'Story' })).toBeNull()
    act(() => useAppStore.setState({ view: { ...view(), story: 'ghost', step: 1 } }))
    expect(screen.queryByRole('region')).toBeNull()
  })
})
