import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Dataset, TimelineEvent } from '../../dataset/schema'
import { useAppStore } from '../../state/store/app-store'
import { otherDataset } from '../../test/other-dataset'
import { renderWithDataset, validSample } from '../../test/render-with-dataset'
import { EventList } from './event-list'

function withEvent(extra: Partial<TimelineEvent> & Pick<TimelineEvent, 'id' | 'title'>): Dataset {
  const dataset = validSample()
  const base = dataset.events[0]!
  dataset.events.push({ ...base, disputes: [], quotes: [], ...extra })
  return dataset
}

/** Data rows only, in document order. */
function bodyRows(): HTMLElement[] {
  const [, body] = screen.getAllByRole('rowgroup')
  return within(body!).getAllByRole('row')
}

describe('EventList', () => {
  it('lists the events in time order as a table with dates, categories and countries', async () => {
    renderWithDataset(<EventList />)
    const table = await screen.findByRole('table', { name: 'Events in time order, 2 shown' })
    expect(within(table).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      'Date',
      'Event',
      'Category',
      'Countries',
      'Place',
    ])

    const [first, second] = bodyRows()
    expect(within(first!).getByRole('button', { name: 'Chiefs meet' })).toBeInTheDocument()
    expect(within(first!).getByText('week of 24 Mar 2025')).toHaveAttribute('dateTime', '2025-03-24')
    expect(within(first!).getByText('Military')).toBeInTheDocument()
    expect(within(first!).getByText('United Kingdom, France')).toBeInTheDocument()
    expect(within(first!).getByText('disputed')).toBeInTheDocument()
    expect(within(first!).getByText('not given')).toBeInTheDocument()

    expect(within(second!).getByRole('button', { name: 'Paris summit' })).toBeInTheDocument()
    expect(within(second!).getByText('Paris')).toBeInTheDocument()
    expect(within(second!).getByText('27 Mar 2025')).toHaveAttribute('dateTime', '2025-03-27')
    expect(within(second!).getByText('Summits')).toBeInTheDocument()
    expect(within(second!).getByText('France, United Kingdom')).toBeInTheDocument()
    expect(within(second!).queryByText('disputed')).not.toBeInTheDocument()
  })

  it('selects an event when its title is pressed, marks it, and unselects on a second press', async () => {
    const user = userEvent.setup()
    renderWithDataset(<EventList />)
    const button = await screen.findByRole('button', { name: 'Paris summit' })
    expect(button).toHaveAttribute('aria-pressed', 'false')

    await user.click(button)
    expect(useAppStore.getState().view.selected).toBe('paris-summit')
    expect(button).toHaveAttribute('aria-pressed', 'true')
    expect(screen.getByRole('button', { name: 'Chiefs meet' })).toHaveAttribute('aria-pressed', 'false')

    await user.click(button)
    expect(useAppStore.getState().view.selected).toBeNull()
    expect(button).toHaveAttribute('aria-pressed', 'false')
  })

  it('selects with the keyboard', async () => {
    const user = userEvent.setup()
    renderWithDataset(<EventList />)
    await screen.findByRole('table')
    await user.tab()
    expect(screen.getByRole('button', { name: 'Chiefs meet' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(useAppStore.getState().view.selected).toBe('chiefs-meet')
  })

  it('shows a selection made elsewhere', async () => {
    renderWithDataset(<EventList />)
    await screen.findByRole('table')
    act(() => useAppStore.getState().actions.select('chiefs-meet'))
    expect(screen.getByRole('button', { name: 'Chiefs meet' })).toHaveAttribute('aria-pressed', 'true')
  })

  it('leaves out filtered-out events', async () => {
    renderWithDataset(
      <EventList />,
      withEvent({ id: 'ankara-talks', title: 'Ankara talks', start: '2025-03-01', countries: ['TR'], category: 'negotiation' }),
    )
    await screen.findByRole('table', { name: 'Events in time order, 3 shown' })
    expect(bodyRows().map((row) => within(row).getByRole('button').textContent)).toEqual([
      'Ankara talks',
      'Chiefs meet',
      'Paris summit',
    ])
    act(() => useAppStore.getState().actions.toggleCountry('TR'))
    expect(screen.getByRole('table', { name: 'Events in time order, 1 shown' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Ankara talks' })).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Paris summit' })).not.toBeInTheDocument()

    act(() => {
      useAppStore.getState().actions.clearFilters()
      useAppStore.getState().actions.toggleCategory('summit')
    })
    expect(bodyRows()).toHaveLength(1)
    expect(screen.getByRole('button', { name: 'Paris summit' })).toBeInTheDocument()
  })

  it('says so when no event matches', async () => {
    renderWithDataset(<EventList />)
    await screen.findByRole('table')
    act(() => useAppStore.getState().actions.setQuery('no such words anywhere'))
    expect(screen.getByText('No events match these filters.')).toBeInTheDocument()
    expect(screen.queryByRole('table')).not.toBeInTheDocument()
  })

  it('renders dataset text as text, never as HTML', async () => {
    const html = '<img src=x onerror=alert(1)>'
    const { container } = renderWithDataset(<EventList />, withEvent({ id: 'html-title', title: html }))
    expect(await screen.findByRole('button', { name: html })).toHaveTextContent(html)
    expect(container.querySelector('img')).toBeNull()
  })

  describe('scrolling the selected row into view', () => {
    const scrollIntoView = vi.fn()
    beforeEach(() => {
      Element.prototype.scrollIntoView = scrollIntoView
    })
    afterEach(() => {
      scrollIntoView.mockReset()
      // jsdom has no scrollIntoView of its own.
      delete (Element.prototype as Partial<Element>).scrollIntoView
    })

    it('scrolls to an event selected elsewhere without taking focus', async () => {
      renderWithDataset(<EventList />)
      await screen.findByRole('table')
      const outside = document.createElement('button')
      document.body.append(outside)
      outside.focus()

      act(() => useAppStore.getState().actions.select('paris-summit'))
      expect(scrollIntoView).toHaveBeenCalledTimes(1)
      expect(scrollIntoView).toHaveBeenCalledWith({ block: 'nearest' })
      expect(scrollIntoView.mock.contexts[0]).toBe(bodyRows()[1])
      expect(outside).toHaveFocus()
      outside.remove()
    })

    it('does nothing when the selection is cleared or not in the list', async () => {
      renderWithDataset(<EventList />)
      await screen.findByRole('table')
      act(() => useAppStore.getState().actions.toggleCategory('military'))
      act(() => useAppStore.getState().actions.select('paris-summit'))
      act(() => useAppStore.getState().actions.select(null))
      expect(scrollIntoView).not.toHaveBeenCalled()
    })
  })
})

describe('EventList on any dataset', () => {
  it('orders events by their time, across offsets and centuries, with each date as precise as it is known', async () => {
    renderWithDataset(<EventList />, otherDataset())
    await screen.findByRole('table', { name: 'Events in time order, 3 shown' })
    const rows = bodyRows()
    expect(rows.map((row) => within(row).getAllByRole('button')[0]!.textContent)).toEqual(['Harbour built', 'Early opening', 'First fair'])
    expect(within(rows[0]!).getByText('1850')).toBeInTheDocument()
    // 07:00 UTC is 09:00 in the fair's +02:00, so it comes before the fair's 10:30.
    expect(within(rows[1]!).getByText('17 May 2025, 07:00 UTC')).toBeInTheDocument()
    expect(within(rows[2]!).getByText('Festivals')).toBeInTheDocument()
  })
})
