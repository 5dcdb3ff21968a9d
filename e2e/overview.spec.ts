import { expect, test } from './test'
import type { Locator, Page } from '@playwright/test'
import { curated, TOTAL } from './dataset'
import { timeline } from './locators'

/** The window in the link, as [start, end] in ms; null while the view is fitted. */
function windowInLink(page: Page): [number, number] | null {
  const t = new URL(page.url()).searchParams.get('t')
  if (!t) return null
  const [start, end] = t.split('~').map((part) => Date.parse(part))
  return [start!, end!]
}

const spanInLink = (page: Page) => {
  const w = windowInLink(page)
  return w ? w[1] - w[0] : null
}

/**
 * Events a reader can read on the first screen: each timeline button (an event's label, named by
 * its full title) whose box and whose item's box lie inside the viewport and the timeline, and whose
 * label is really painted there, not clipped or covered: a hit test at its left end, middle and right
 * end finds the label itself.
 */
async function readableEvents(page: Page): Promise<{ readable: string[]; drawn: number }> {
  const group = timeline(page)
  const bounds = (await group.boundingBox())!
  const viewport = page.viewportSize()!
  const names = new Set<string>()
  const drawn = new Set<string>()
  for (const button of await group.getByRole('button').all()) {
    const name = (await button.getAttribute('aria-label')) ?? ''
    drawn.add(name)
    const label = await button.boundingBox()
    const item = await button.evaluate((el) => el.closest('.vis-item')!.getBoundingClientRect().toJSON() as DOMRect)
    const inside = (box: { x: number; y: number; width: number; height: number }) =>
      box.x >= Math.max(0, bounds.x) - 0.5 &&
      box.y >= Math.max(0, bounds.y) - 0.5 &&
      box.x + box.width <= Math.min(viewport.width, bounds.x + bounds.width) + 0.5 &&
      box.y + box.height <= Math.min(viewport.height, bounds.y + bounds.height) + 0.5
    if (!label || !inside(label) || !inside(item)) continue
    const painted = await button.evaluate((el) => {
      const r = el.getBoundingClientRect()
      const y = r.top + r.height / 2
      return [r.left + 2, r.left + r.width / 2, r.right - 2].every((x) => {
        const hit = document.elementFromPoint(x, y)
        return hit !== null && el.contains(hit)
      })
    })
    if (painted) names.add(name)
  }
  return { readable: [...names], drawn: drawn.size }
}

const overview = (page: Page) => page.getByRole('group', { name: 'Overview' })
const brush = (page: Page) => overview(page).getByRole('slider', { name: 'Visible window' })

async function centreOf(locator: Locator) {
  const box = (await locator.boundingBox())!
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, box }
}

test.describe('at 1280 × 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } })

  test.beforeEach(async ({ page, app }) => {
    await page.goto('/')
    await expect(app.results).toHaveText(`${TOTAL} of ${TOTAL} events`)
    await expect(app.timelineEvents).toHaveCount(TOTAL)
    await expect(brush(page)).toBeVisible()
  })

  test('the timeline fills the screen and at least 90% of the events are readable on it, the page not scrolling', async ({ page, app }) => {
    // The page is one screen tall: the panels scroll inside themselves.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(800)
    const box = (await app.timeline.boundingBox())!
    expect(box.y + box.height).toBeGreaterThan(720)
    const { readable } = await readableEvents(page)
    expect(readable.length, `readable: ${readable.length} of ${TOTAL}`).toBeGreaterThanOrEqual(Math.ceil(TOTAL * 0.9))
  })

  test('labels are short titles, named by the full title', async ({ page }) => {
    const summit = curated.events.find((e) => e.id === 'paris-summit')!
    const button = timeline(page).getByRole('button', { name: summit.title })
    await expect(button).toHaveText(new RegExp(`^${summit.shortTitle}`))
    await button.click()
    await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(summit.title)
  })

  test('the brush works from the keyboard: it pans, zooms and says its dates', async ({ page }) => {
    const slider = brush(page)
    await slider.focus()
    const fitted = await slider.getAttribute('aria-valuetext')
    await page.keyboard.press('+')
    await expect.poll(() => spanInLink(page)).not.toBeNull()
    const zoomed = windowInLink(page)!
    await expect(slider).not.toHaveAttribute('aria-valuetext', fitted!)
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => windowInLink(page)?.[0]).toBeGreaterThan(zoomed[0])
    // A pan keeps the span; Shift+→ widens it from its end.
    expect(spanInLink(page)).toBeCloseTo(zoomed[1] - zoomed[0], -4)
    const panned = spanInLink(page)!
    await page.keyboard.press('Shift+ArrowRight')
    await expect.poll(() => spanInLink(page)).toBeGreaterThan(panned)
    await page.keyboard.press('Home')
    await expect.poll(() => windowInLink(page)?.[0]).toBeLessThan(Date.parse('2025-02-14'))
    // The events group follows: fewer events are drawn in a narrower window.
    await page.keyboard.press('+')
    await page.keyboard.press('+')
    await expect.poll(async () => (await readableEvents(page)).drawn).toBeLessThan(TOTAL)
  })

  test('drag the brush to pan, drag its edge to zoom, click the strip to centre', async ({ page }) => {
    const slider = brush(page)
    await slider.focus()
    // Narrow it first: the fitted window covers the whole strip.
    await page.keyboard.press('+')
    await expect.poll(() => spanInLink(page)).not.toBeNull()
    const once = spanInLink(page)!
    await page.keyboard.press('+')
    // Both zooms are in the link before the drag starts, so the drag is measured from where it began.
    await expect.poll(() => spanInLink(page)).toBeLessThan(once)
    const before = windowInLink(page)!

    const { x, y } = await centreOf(slider)
    await page.mouse.move(x, y)
    await page.mouse.down()
    await page.mouse.move(x - 60, y, { steps: 5 })
    await page.mouse.up()
    await expect.poll(() => windowInLink(page)?.[0]).toBeLessThan(before[0])
    expect(spanInLink(page)).toBeCloseTo(before[1] - before[0], -4)

    const span = spanInLink(page)!
    const { box } = await centreOf(slider)
    await page.mouse.move(box.x + box.width - 1, y)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width + 80, y, { steps: 5 })
    await page.mouse.up()
    await expect.poll(() => spanInLink(page)).toBeGreaterThan(span)

    // A click near the strip's right end centres the window there.
    const strip = (await slider.locator('..').boundingBox())!
    await page.mouse.click(strip.x + strip.width - 10, y)
    await expect.poll(() => windowInLink(page)?.[1]).toBeGreaterThan(Date.parse('2025-04-15'))
  })

  test('the strip counts the filtered events, and says where they are busiest', async ({ page }) => {
    const strip = overview(page)
    await expect(strip).toHaveAccessibleDescription(/^Events per day, .* Busiest: .*\(\d+\)/)
    const all = await strip.evaluate((el) => el.querySelector('path')?.getAttribute('d'))
    await page.getByRole('checkbox', { name: /^Strikes/ }).check()
    await expect(strip).toHaveAccessibleDescription(/Busiest: \d+ \w+ 2025 \(1\), \d+ \w+ 2025 \(1\)\.$/)
    expect(await strip.evaluate((el) => el.querySelector('path')?.getAttribute('d'))).not.toBe(all)
  })

  test('the introduction folds away and stays folded; its method and licence are a click away', async ({ page }) => {
    const intro = page.getByRole('region', { name: 'Introduction' })
    await expect(intro.getByRole('heading', { level: 2 })).toHaveText(curated.meta.title)
    await expect(intro).toContainText('12 Feb 2025')
    await intro.getByRole('button', { name: 'Method and licence' }).click()
    const about = page.getByRole('dialog', { name: 'About this dataset' })
    await expect(about.getByRole('heading', { name: 'Licence' })).toBeVisible()
    await expect(about).toContainText('CC BY 4.0')
    await page.keyboard.press('Escape')
    await expect(intro.getByRole('button', { name: 'Method and licence' })).toBeFocused()

    await intro.getByRole('button', { name: 'Hide introduction' }).click()
    await expect(intro.getByRole('button', { name: 'Show introduction' })).toHaveAttribute('aria-expanded', 'false')
    await page.reload()
    await expect(page.getByRole('button', { name: 'Show introduction' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Method and licence' })).toHaveCount(0)
  })
})

test.describe('on a 390 × 844 phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('the first event is in the top 60% of the screen, and the header is one menu', async ({ page, app }) => {
    await page.goto('/')
    await expect(app.timelineEvents.first()).toBeVisible()
    const tops = await app.timelineEvents.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().top))
    expect(Math.min(...tops)).toBeLessThan(844 * 0.6)

    await expect(page.getByRole('button', { name: 'Open data' })).toHaveCount(0)
    const menuButton = page.getByRole('banner').getByRole('button', { name: 'Menu' })
    await menuButton.tap()
    const menu = page.getByRole('menu', { name: 'Menu' })
    await expect(menu.getByRole('menuitem', { name: 'Open data…' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(menu).toHaveCount(0)
    await expect(menuButton).toBeFocused()

    await menuButton.tap()
    await menu.getByRole('menuitem', { name: 'Export & cite…' }).tap()
    const dialog = page.getByRole('dialog', { name: 'Export and cite this view' })
    await expect(dialog).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(menuButton).toBeFocused()
  })
})
