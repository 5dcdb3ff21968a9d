import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { useAppStore } from '../state/store/app-store'
import { INTRO_STORAGE_KEY, readStoredIntroCollapsed } from '../state/store/intro-slice'
import { renderWithDataset } from '../test/render-with-dataset'
import { DatasetHeader } from './dataset-header'

afterEach(() => useAppStore.getState().actions.setIntroCollapsed(false))

describe('the introduction', () => {
  it('gives the title, the first sentence of the description and the date span', async () => {
    renderWithDataset(<DatasetHeader />)
    expect(await screen.findByRole('heading', { name: 'Sample' })).toBeInTheDocument()
    const region = screen.getByRole('region', { name: 'Introduction' })
    expect(region).toHaveTextContent('A test dataset')
    expect(region).toHaveTextContent('2 events')
    expect(region.querySelectorAll('time')).toHaveLength(2)
  })

  it('folds away, and the browser remembers it', async () => {
    const user = userEvent.setup()
    renderWithDataset(<DatasetHeader />)
    const hide = await screen.findByRole('button', { name: 'Hide introduction' })
    expect(hide).toHaveAttribute('aria-expanded', 'true')
    await user.click(hide)
    expect(screen.getByRole('button', { name: 'Show introduction' })).toHaveAttribute('aria-expanded', 'false')
    expect(localStorage.getItem(INTRO_STORAGE_KEY)).toBe('collapsed')
    expect(readStoredIntroCollapsed()).toBe(true)
    await user.click(screen.getByRole('button', { name: 'Show introduction' }))
    expect(localStorage.getItem(INTRO_STORAGE_KEY)).toBeNull()
  })
})
