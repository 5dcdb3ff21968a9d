import { expect, test } from './test'
import { type Locator, type Page } from '@playwright/test'
import { curated, TOTAL } from './dataset'

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

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking the focus is visible at every stop.
 * The bound is tight on purpose: a control that takes dozens of presses to reach wants a skip link.
 */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key)
    await expectVisibleFocus(page)
    if (await target.evaluate((el) => el === document.activeElement)) return
  }
  throw new Error(`focus did not reach ${target} in ${max} presses of ${key}`)
}

test('the tab order runs skip links, header, introduction, story and view switch, then the filters, each with visible focus', async ({ page, app }) => {
  await page.goto('/')
  await expect(app.results).toHaveText(`${TOTAL} of ${TOTAL} events`)
  const order = ['Skip to main content', 'Skip to the events', 'Open data', 'Export & cite', /^Theme/, 'Copy link', 'Method and licence', 'Hide introduction', 'Story', 'Timeline', 'List', 'Map', 'Search']
  for (const name of order) {
    await page.keyboard.press('Tab')
    await expect(page.locator(':focus')).toHaveAccessibleName(name)
    await expectVisibleFocus(page)
  }
})

test('a keyboard-only reader filters, copies the link, skips to the events and steps through them', async ({ page, app }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await expect(app.results).toHaveText(`${TOTAL} of ${TOTAL} events`)
  const french = curated.events
    .filter((e) => e.countries.includes('FR'))
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))

  // The first stop is the skip link, and it really moves focus to the main content.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()
  await expectVisibleFocus(page)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()

  // "/" goes to the search box; the country boxes follow it.
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused()
  const france = page.getByRole('checkbox', { name: /^France/ })
  await tabTo(page, france)
  await page.keyboard.press('Space')
  await expect(france).toBeChecked()
  await expect(app.results).toHaveText(`${french.length} of ${TOTAL} events`)

  // Back up to the header: the link now carries the filter.
  await tabTo(page, page.getByRole('button', { name: 'Copy link' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(page.getByText('Link copied')).toBeVisible()
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('c=FR')

  // Past the filters in one press, straight onto the events.
  await tabTo(page, page.getByRole('link', { name: 'Skip to the events' }), 'Shift+Tab')
  await page.keyboard.press('Enter')
  await expect(app.timeline).toBeFocused()
  await expectVisibleFocus(page)

  await page.keyboard.press('Enter')
  await expect(app.detailHeading).toHaveText(french[0]!.title)
  await page.keyboard.press('ArrowRight')
  await expect(app.detailHeading).toHaveText(french[1]!.title)
  await page.keyboard.press('ArrowRight')
  await expect(app.detailHeading).toHaveText(french[2]!.title)
  await page.keyboard.press('ArrowLeft')
  await expect(app.detailHeading).toHaveText(french[1]!.title)
  // Stepping keeps the reader in the timeline, with its focus ring showing.
  await expect(app.timeline).toBeFocused()
  await expectVisibleFocus(page)

  await page.keyboard.press('Escape')
  await expect(app.detail).toHaveCount(0)
  await expect(app.timeline).toBeFocused()
  await expectVisibleFocus(page)
})

test('in the list view, "Skip to the events" leads to the table', async ({ page }) => {
  await page.goto('/?view=list')
  await expect(page.getByRole('table')).toBeVisible()
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to the events' })).toBeFocused()
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('table').getByRole('button').first()).toBeFocused()
})

test('focus goes back to the list row after the detail it opened is closed', async ({ page, app }) => {
  await page.goto('/?view=list')
  const row = page.getByRole('table').getByRole('button', { name: curated.events[0]!.title, exact: true })
  await row.focus()
  await page.keyboard.press('Enter')
  await expect(app.detailHeading).toHaveText(curated.events[0]!.title)
  await app.detail.getByRole('button', { name: 'Close event detail' }).focus()
  await page.keyboard.press('Enter')
  await expect(app.detail).toHaveCount(0)
  await expect(row).toBeFocused()
})
