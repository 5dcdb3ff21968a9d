import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { useAppStore } from '../state/store/app-store'
import { THEME_STORAGE_KEY } from '../state/store/theme-slice'
import './theme-boot'
import { ThemePicker } from './theme-picker'

afterEach(() => useAppStore.getState().actions.setTheme('system'))

describe('ThemePicker', () => {
  it('switches the page to dark and back, and remembers the choice in this browser only', async () => {
    const user = userEvent.setup()
    render(<ThemePicker />)
    const picker = screen.getByRole('combobox', { name: 'Theme' })
    expect(picker).toHaveValue('system')

    await user.selectOptions(picker, 'Dark')
    expect(document.documentElement).toHaveClass('dark')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark')
    // A look, not a view: nothing goes into the shareable URL.
    expect(window.location.search).toBe('')

    await user.selectOptions(picker, 'Light')
    expect(document.documentElement).not.toHaveClass('dark')

    await user.selectOptions(picker, 'System')
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull()
  })
})
