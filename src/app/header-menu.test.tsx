import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { useAppStore } from '../state/store/app-store'
import { THEME_STORAGE_KEY } from '../state/store/theme-slice'
import { renderWithDataset } from '../test/render-with-dataset'
import { HeaderMenu } from './header-menu'

afterEach(() => useAppStore.getState().actions.setTheme('system'))

describe('HeaderMenu', () => {
  it('opens on the first item, moves with the arrows, and Escape gives focus back to the button', async () => {
    const user = userEvent.setup()
    renderWithDataset(<HeaderMenu onOpenTool={() => {}} />)
    const button = await screen.findByRole('button', { name: 'Menu' })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    const menu = screen.getByRole('menu', { name: 'Menu' })
    expect(screen.getByRole('menuitem', { name: 'Open data…' })).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    expect(screen.getByRole('menuitem', { name: 'Export & cite…' })).toHaveFocus()
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(screen.getByRole('menuitemradio', { name: 'Dark theme' })).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(menu).not.toBeInTheDocument()
    expect(button).toHaveFocus()
  })

  it('hands a tool to its owner, and sets the theme from its radio items', async () => {
    const user = userEvent.setup()
    const opened: string[] = []
    renderWithDataset(<HeaderMenu onOpenTool={(tool) => opened.push(tool)} />)
    await user.click(await screen.findByRole('button', { name: 'Menu' }))
    await user.click(screen.getByRole('menuitem', { name: 'Export & cite…' }))
    expect(opened).toEqual(['export'])
    expect(screen.queryByRole('menu')).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveFocus()

    await user.click(screen.getByRole('button', { name: 'Menu' }))
    expect(screen.getByRole('menuitemradio', { name: 'System theme' })).toHaveAttribute('aria-checked', 'true')
    await user.click(screen.getByRole('menuitemradio', { name: 'Dark theme' }))
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark')
  })
})
