import { act, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useAppStore } from '../../state/store/app-store'
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
