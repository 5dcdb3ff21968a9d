import { expect, test, type Locator, type Page } from '@playwright/test'
import { curated, TOTAL } from './dataset'

const results = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ events/ })

/** The focused element draws a focus indicator (every control here uses an outline). */
async function expectVisibleFocus(page: Page) {
  const focus = await page.evaluate(() => {
    const el = document.activeElement
    if (!(el instanceof HTMLElement) || el === document.body) return { ok: false, what: 'nothing focused' }
    const style = getComputedStyle(el)
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    return { ok: outlined, what: el.outerHTML.slice(0, 120) }
  })
  expect(focus.ok, `no visible focus on ${focus.what}`).toBe(true)
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking the focus is visible at every stop. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 200) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key)
    await expectVisibleFocus(page)
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`focus never reached ${target}`)
}

test('a keyboard-only reader filters, steps through events, opens and closes one and copies the link', async ({ page }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await expect(results(page)).toHaveText(`${TOTAL} of ${TOTAL} events`)
  const french = curated.events
    .filter((e) => e.countries.includes('FR'))
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))

  // The first stop is the skip link, and it really moves focus to the main content.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
  await expectVisibleFocus(page)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()

  const france = page.getByRole('checkbox', { name: /^France/ })
  await tabTo(page, france)
  await page.keyboard.press('Space')
  await expect(france).toBeChecked()
  await expect(results(page)).toHaveText(`${french.length} of ${TOTAL} events`)

  const timeline = page.getByRole('group', { name: 'Events', exact: true })
  await tabTo(page, timeline)
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 })
  await page.keyboard.press('Enter')
  await expect(heading).toHaveText(french[0]!.title)
  await page.keyboard.press('ArrowRight')
  await expect(heading).toHaveText(french[1]!.title)
  await page.keyboard.press('ArrowRight')
  await expect(heading).toHaveText(french[2]!.title)
  await page.keyboard.press('ArrowLeft')
  await expect(heading).toHaveText(french[1]!.title)
  // Stepping keeps the reader in the timeline, with its focus ring showing.
  await expect(timeline).toBeFocused()
  await expectVisibleFocus(page)

  await page.keyboard.press('Escape')
  await expect(page.getByRole('complementary')).toHaveCount(0)
  await expect(timeline).toBeFocused()
  await expectVisibleFocus(page)

  await tabTo(page, page.getByRole('button', { name: 'Copy link' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Link copied')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('c=FR')
})

test('focus goes back to the list row after the detail it opened is closed', async ({ page }) => {
  await page.goto('/?view=list')
  const row = page.getByRole('table').getByRole('button', { name: curated.events[0]!.title, exact: true })
  await row.focus()
  await page.keyboard.press('Enter')
  const detail = page.getByRole('complementary')
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(curated.events[0]!.title)
  await detail.getByRole('button', { name: 'Close event detail' }).focus()
  await page.keyboard.press('Enter')
  await expect(detail).toHaveCount(0)
  await expect(row).toBeFocused()
})
