import { expect, test } from './test'
import type { Page } from '@playwright/test'
import { byId, curated, TOTAL } from './dataset'
import { results } from './locators'

const noSidewaysScroll = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)

test.describe('on a phone', () => {
  test.use({ viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true })

  test.beforeEach(async ({ page, app }) => {
    await page.goto('/')
    await expect(results(page)).toHaveText(`${TOTAL} of ${TOTAL} events`)
    // The timeline's code loads after the first paint.
    await expect(app.timelineEvents.first()).toBeVisible()
  })

  test('filters open in a drawer, and an event opens in a bottom sheet', async ({ page }) => {
    expect(await noSidewaysScroll(page)).toBe(true)
    const french = curated.events.filter((e) => e.countries.includes('FR')).length

    await page.getByRole('button', { name: /^Filters/ }).tap()
    const drawer = page.getByRole('dialog', { name: 'Filters' })
    await expect(drawer).toBeVisible()
    await drawer.getByRole('checkbox', { name: /^France/ }).tap()
    await expect(drawer.getByRole('status')).toHaveText(`${french} of ${TOTAL} events`)
    await drawer.getByRole('button', { name: /^Done/ }).tap()
    await expect(drawer).toBeHidden()
    // The button says how many filters are on, and focus is back on it.
    await expect(page.getByRole('button', { name: /^Filters/ })).toHaveAccessibleName('Filters 1 active')
    await expect(page.getByRole('button', { name: /^Filters/ })).toBeFocused()

    await page.getByRole('button', { name: 'List' }).tap()
    const summit = byId('paris-summit')
    const row = page.getByRole('table').getByRole('button', { name: summit.title, exact: true })
    await row.tap()
    const sheet = page.getByRole('dialog', { name: summit.title })
    await expect(sheet).toBeVisible()
    await expect(sheet.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(summit.title)
    // A bottom sheet: it sits on the bottom edge of the screen.
    const box = (await sheet.boundingBox())!
    expect(Math.abs(box.y + box.height - 812)).toBeLessThanOrEqual(1)
    expect(await noSidewaysScroll(page)).toBe(true)

    await sheet.getByRole('button', { name: 'Close event detail' }).tap()
    await expect(sheet).toHaveCount(0)
    await expect(row).toBeFocused()
  })

  test('Escape closes the sheet', async ({ page }) => {
    await page.getByRole('button', { name: 'List' }).tap()
    await page.getByRole('table').getByRole('button', { name: byId('paris-summit').title, exact: true }).tap()
    await expect(page.getByRole('dialog', { name: byId('paris-summit').title })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    expect(new URL(page.url()).searchParams.get('e')).toBeNull()
  })

  test('lanes by actor leave most of the width to the events: long names wrap', async ({ page, app }) => {
    await page.goto('/?lanes=actor')
    await expect(app.timelineEvents.first()).toBeVisible()
    const name = curated.actors.map((a) => a.name).reduce((a, b) => (b.length > a.length ? b : a))
    const label = page.getByRole('group', { name: 'Lane names' }).getByText(name, { exact: true })
    await expect(label).toBeVisible()
    // Whole, on more than one line, within 40 % of the screen (it took 321 of 375 px).
    const box = (await label.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(0.4 * 375)
    expect(box.height).toBeGreaterThan(25)
    expect(await label.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    expect(await noSidewaysScroll(page)).toBe(true)
  })

  test('controls are at least 44 px tall', async ({ page, app }) => {
    const short = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('button, select, input[type=search], label:has(> input[type=checkbox])'))
        .filter((el) => el.checkVisibility() && !el.closest('.sr-only'))
        .map((el) => ({ what: el.textContent?.trim() || el.outerHTML.slice(0, 60), height: el.getBoundingClientRect().height }))
        .filter(({ height }) => height < 44),
    )
    expect(short).toEqual([])
    const itemHeights = await app.timelineEvents.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))
    expect(itemHeights.length).toBeGreaterThan(0)
    expect(Math.min(...itemHeights)).toBeGreaterThanOrEqual(44)
  })

  test('one finger swipes the page up and down over the timeline, and pans the timeline sideways', async ({ page, app }) => {
    const events = app.timeline
    const cdp = await page.context().newCDPSession(page)
    const swipe = async (from: { x: number; y: number }, by: { x: number; y: number }) => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] })
      for (let i = 1; i <= 10; i++) {
        const point = { x: from.x + (by.x * i) / 10, y: from.y + (by.y * i) / 10 }
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] })
        // One move a frame: a finger's pace, so the gesture is a pan and not a flick.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)))
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    }
    // Over the events, not the lane labels (those scroll the lanes themselves).
    const overEvents = async () => {
      const box = (await events.boundingBox())!
      return { x: box.x + box.width * 0.7, y: Math.min(box.y + 120, 780) }
    }
    await swipe(await overEvents(), { x: -150, y: 0 })
    // A pan is the reader's own window, so it goes into the link.
    await expect.poll(() => new URL(page.url()).searchParams.get('t')).not.toBeNull()

    await swipe(await overEvents(), { x: 0, y: -250 })
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100)
  })
})

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true, isMobile: true })

  test('the page never scrolls sideways, with or without the detail open', async ({ page, app }) => {
    await page.goto('/')
    await expect(app.timeline).toBeVisible()
    expect(await noSidewaysScroll(page)).toBe(true)
    await page.goto('/?view=list&e=paris-summit')
    await expect(page.getByRole('dialog', { name: byId('paris-summit').title })).toBeVisible()
    expect(await noSidewaysScroll(page)).toBe(true)
  })
})

test('on a 1280 px desktop an open detail leaves the timeline at least 700 px wide', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await page.goto('/?e=paris-summit')
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(byId('paris-summit').title)
  const events = (await app.timeline.boundingBox())!
  const detail = (await page.getByRole('complementary').boundingBox())!
  expect(events.width).toBeGreaterThanOrEqual(700)
  // Side by side, not on top of each other.
  expect(events.x + events.width).toBeLessThanOrEqual(detail.x)
  // The filters are one press away, with the count still on screen.
  await expect(page.getByRole('button', { name: /^Filters/ })).toBeVisible()
  await expect(results(page)).toHaveText(`${TOTAL} of ${TOTAL} events`)
  // "/" still goes straight to the search box, opening the drawer; Escape closes the drawer only.
  await page.keyboard.press('/')
  const drawer = page.getByRole('dialog', { name: 'Filters' })
  await expect(drawer).toBeVisible()
  await expect(drawer.getByRole('searchbox', { name: 'Search' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(drawer).toBeHidden()
  await expect(page.getByRole('complementary')).toBeVisible()
})
