import { expect, test } from './test'

test.describe('with a dark system setting', () => {
  test.use({ colorScheme: 'dark' })

  test('the page follows the system, and a chosen theme is remembered across visits but not put in links', async ({ page, app }) => {
    await page.goto('/')
    const html = page.locator('html')
    await expect(html).toHaveClass(/\bdark\b/)
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
    const darkBackground = await background()

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('Light')
    await expect(html).not.toHaveClass(/\bdark\b/)
    expect(await background()).not.toBe(darkBackground)
    expect(new URL(page.url()).search).toBe('')

    await page.reload()
    await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('light')
    await expect(html).not.toHaveClass(/\bdark\b/)
    // The timeline is themed too: its text follows the page.
    await expect(app.timelineEvents.first()).toHaveCSS('color', 'rgb(15, 23, 42)')

    await page.getByRole('combobox', { name: 'Theme' }).selectOption('System')
    await expect(html).toHaveClass(/\bdark\b/)
    await expect(app.timelineEvents.first()).toHaveCSS('color', 'rgb(241, 245, 249)')
  })
})
