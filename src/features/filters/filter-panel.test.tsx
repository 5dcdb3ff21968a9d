import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Dataset } from '../../dataset/schema'
import { validateDataset } from '../../dataset/validate'
import { NO_FILTERS } from '../../domain/filters'
import { useAppStore } from '../../state/store/app-store'
import { renderWithDataset } from '../../test/render-with-dataset'
import { otherDataset } from '../../test/other-dataset'
import { sampleDataset } from '../../test/sample-dataset'
import { FilterPanel } from './filter-panel'

/** The sample plus a London summit (with an EU actor) and talks in Ankara: four events. */
function richDataset(): Dataset {
  const input = sampleDataset()
  input.actors.push(
    { id: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', role: 'President', country: 'UA' },
    { id: 'ursula-von-der-leyen', name: 'Ursula von der Leyen', role: 'Commission President' },
    { id: 'recep-erdogan', name: 'Recep Tayyip Erdoğan', role: 'President', country: 'TR' },
  )
  const base = { precision: 'day' as const, sources: [{ source: 'wire' }] }
  input.events.push(
    { ...base, id: 'london-summit', title: 'London summit', summary: 'Leaders meet in London.', start: '2025-03-02', category: 'summit', countries: ['GB', 'FR', 'UA'], actors: ['keir-starmer', 'volodymyr-zelensky', 'ursula-von-der-leyen'] },
    { ...base, id: 'ankara-talks', title: 'Ankara talks', summary: 'Talks in Ankara.', start: '2025-03-10', category: 'negotiation', countries: ['TR'], actors: ['recep-erdogan'] },
  )
  const result = validateDataset(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.data
}

const setup = () => ({ user: userEvent.setup(), ...renderWithDataset(<FilterPanel />, richDataset()) })
const group = (name: string) => within(screen.getByRole('group', { name }))
const status = () => screen.getByRole('status')
const filters = () => useAppStore.getState().view.filters

describe('FilterPanel', () => {
  it('is a labelled region showing how many events pass', () => {
    setup()
    expect(screen.getByRole('region', { name: 'Filters' })).toBeInTheDocument()
    expect(status()).toHaveTextContent('4 of 4 events')
    expect(status()).toHaveAttribute('aria-live', 'polite')
    expect(screen.getByRole('button', { name: 'Clear all' })).toBeDisabled()
  })

  it('ticking a country filters and updates the other facets’ counts', async () => {
    const { user } = setup()
    const categories = group('Categories')
    expect(categories.getByRole('checkbox', { name: /^Negotiations/ })).toHaveAccessibleName('Negotiations (1)')

    await user.click(group('Countries').getByRole('checkbox', { name: /^France/ }))

    expect(filters().countries).toEqual(['FR'])
    expect(status()).toHaveTextContent('3 of 4 events')
    expect(categories.getByRole('checkbox', { name: /^Summits/ })).toHaveAccessibleName('Summits (2)')
    // A value nothing matches stays listed and operable.
    const negotiations = categories.getByRole('checkbox', { name: /^Negotiations/ })
    expect(negotiations).toHaveAccessibleName('Negotiations (0)')
    expect(negotiations).toBeEnabled()
    // Its own facet is not narrowed by the selection.
    expect(group('Countries').getByRole('checkbox', { name: /^Ukraine/ })).toHaveAccessibleName('Ukraine (1)')
  })

  it('lists countries by count, then name', () => {
    setup()
    const names = group('Countries')
      .getAllByRole('checkbox')
      .map((box) => box.closest('label')!.textContent)
    expect(names.slice(0, 2)).toEqual(['France (3)', 'United Kingdom (3)'])
    expect(names.at(-1)).toBe('Ukraine (1)')
  })

  it('filters as you type in Search', async () => {
    const { user } = setup()
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'ankara')
    expect(filters().query).toBe('ankara')
    expect(status()).toHaveTextContent('1 of 4 events')
    expect(screen.getByRole('button', { name: 'Remove filter: “ankara”' })).toBeInTheDocument()
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveAttribute('id', 'event-search')
  })

  it('groups actors by country and finds them ignoring accents', async () => {
    const { user } = setup()
    const actors = group('Actors')
    expect(within(actors.getByRole('group', { name: 'International' })).getByRole('checkbox')).toHaveAccessibleName(
      'Ursula von der Leyen (1)',
    )
    await user.type(actors.getByRole('searchbox', { name: 'Find an actor' }), 'ERDOGAN')
    expect(actors.getAllByRole('checkbox').map((b) => b.closest('label')!.textContent)).toEqual(['Recep Tayyip Erdoğan (1)'])

    await user.click(actors.getByRole('checkbox', { name: /^Recep Tayyip Erdoğan/ }))
    expect(filters().actors).toEqual(['recep-erdogan'])
    expect(status()).toHaveTextContent('1 of 4 events')

    await user.type(actors.getByRole('searchbox', { name: 'Find an actor' }), 'zzz')
    expect(actors.getByText(/No actor matches/)).toBeInTheDocument()
  })

  it('removing a chip clears just that value and keeps focus in the chips', async () => {
    const { user } = setup()
    await user.click(group('Countries').getByRole('checkbox', { name: /^France/ }))
    await user.click(group('Categories').getByRole('checkbox', { name: /^Summits/ }))

    await user.click(screen.getByRole('button', { name: 'Remove filter: Summits' }))

    expect(filters()).toMatchObject({ categories: [], countries: ['FR'] })
    expect(screen.getByRole('button', { name: 'Remove filter: France' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(filters().countries).toEqual([])
    expect(screen.queryByRole('list', { name: 'Active filters' })).not.toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Filters' })).toHaveFocus()
  })

  it('Clear all resets every filter', async () => {
    const { user } = setup()
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'summit')
    await user.click(screen.getByRole('checkbox', { name: /^Ukraine/ }))
    expect(status()).toHaveTextContent('1 of 4 events')

    await user.click(screen.getByRole('button', { name: 'Clear all' }))

    expect(filters()).toEqual(NO_FILTERS)
    expect(status()).toHaveTextContent('4 of 4 events')
    expect(screen.getByRole('button', { name: 'Clear all' })).toBeDisabled()
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
  })

  it('date inputs set the range, bounded by the dataset, and explain a reversed one', async () => {
    const { user } = setup()
    const from = screen.getByLabelText('From')
    const to = screen.getByLabelText('To')
    expect(from).toHaveAttribute('min', '2025-03-02')
    expect(to).toHaveAttribute('max', '2025-03-30')

    await user.type(from, '2025-03-20')
    expect(filters().from).toBe('2025-03-20')
    expect(status()).toHaveTextContent('2 of 4 events')
    expect(screen.getByRole('button', { name: 'Remove filter: From 20 Mar 2025' })).toBeInTheDocument()

    await user.type(to, '2025-03-05')
    expect(filters()).toMatchObject({ from: '2025-03-20', to: '2025-03-05' })
    expect(status()).toHaveTextContent('0 of 4 events')
    expect(to).toHaveAccessibleDescription('“From” is after “To”, so no event matches.')

    await user.click(screen.getByRole('button', { name: 'Remove filter: To 5 Mar 2025' }))
    expect(filters().to).toBeNull()
  })
})

describe('FilterPanel on any dataset', () => {
  it("offers the dataset's own categories, in its order, and filters by them", async () => {
    const user = userEvent.setup()
    renderWithDataset(<FilterPanel />, otherDataset())
    const categories = screen.getByRole('group', { name: 'Categories' })
    const buildings = within(categories).getByRole('checkbox', { name: /Buildings/ })
    const festivals = within(categories).getByRole('checkbox', { name: /Festivals/ })
    // Declared order, not alphabetical or by count: Buildings (1 event) before Festivals (2).
    expect(buildings.compareDocumentPosition(festivals) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(within(categories).getAllByRole('checkbox')).toHaveLength(2)
    await user.click(within(categories).getByRole('checkbox', { name: /Festivals/ }))
    expect(useAppStore.getState().view.filters.categories).toEqual(['festival'])
    expect(status()).toHaveTextContent('2 of 3 events')
    expect(within(screen.getByRole('group', { name: 'Countries' })).getByText('No countries in this dataset.')).toBeInTheDocument()
  })
})
