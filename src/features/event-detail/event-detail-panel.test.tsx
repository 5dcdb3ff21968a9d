import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useAppStore } from '../../state/store/app-store'
import { otherDataset } from '../../test/other-dataset'
import { renderWithDataset } from '../../test/render-with-dataset'
import { EventDetailPanel } from './event-detail-panel'

const permalink = () => new URL(screen.getByRole('link', { name: /^Permalink/ }).getAttribute('href') ?? '')

describe('EventDetailPanel permalink', () => {
  it('follows the view after a pan: the link is never stale', () => {
    renderWithDataset(<EventDetailPanel />)
    const { actions } = useAppStore.getState()
    act(() => actions.select('paris-summit'))
    expect(permalink().searchParams.get('e')).toBe('paris-summit')
    expect(permalink().searchParams.get('t')).toBeNull()

    // A pan changes only the window; before usePermalink, nothing re-rendered the link.
    act(() => actions.setWindow({ start: Date.UTC(2025, 2, 20), end: Date.UTC(2025, 2, 30) }))
    expect(permalink().searchParams.get('t')).toBe('2025-03-20T00:00:00Z~2025-03-30T00:00:00Z')
    act(() => actions.toggleCountry('FR'))
    expect(permalink().searchParams.get('c')).toBe('FR')
  })
})

describe('EventDetailPanel on any dataset', () => {
  it("names the dataset's own category and kind, shows the time in its own offset, and no country chip when there is none", () => {
    renderWithDataset(<EventDetailPanel />, otherDataset())
    act(() => useAppStore.getState().actions.select('first-fair'))
    const detail = screen.getByRole('heading', { level: 2, name: 'First fair' }).closest('section') ?? document.body
    expect(detail).toHaveTextContent('Festivals')
    expect(detail).toHaveTextContent('Street fair')
    expect(detail).toHaveTextContent(/17 May 2025, 10:30–18:00 UTC\+02:00/)
    expect(detail).toHaveTextContent('Known to the minute')
    expect(detail).toHaveTextContent('Reported fatalities: 0')
    expect(screen.queryByRole('heading', { name: 'Countries' })).toBeNull()
  })

  it('says a year event is known only to the year', () => {
    renderWithDataset(<EventDetailPanel />, otherDataset())
    act(() => useAppStore.getState().actions.select('harbour-built'))
    expect(screen.getByText('1850')).toBeInTheDocument()
    expect(screen.getByText(/Known only to the year/)).toBeInTheDocument()
  })
})
