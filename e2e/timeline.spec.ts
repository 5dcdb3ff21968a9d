import { expect, test } from './test'
import { curated } from './dataset'
import { results } from './locators'

test.describe('the curated timeline', () => {
  // Tall enough that every lane is on screen: vis draws only the lanes in view.
  test.use({ viewport: { width: 1280, height: 2000 } })

  test.beforeEach(async ({ page }) => {
    await page.goto('/')
  })

  test('shows every event of the dataset on the timeline', async ({ page, app }) => {
    // The page is named after the dataset it shows.
    await expect(page.getByRole('heading', { level: 1, name: curated.meta.title })).toBeVisible()
    await expect(page).toHaveTitle(curated.meta.title)
    const region = page.getByRole('region', { name: /Timeline/ })
    await expect(results(page)).toHaveText(`${curated.events.length} of ${curated.events.length} events`)
    for (const event of curated.events) {
      await expect(region.getByRole('button', { name: event.title, exact: false }).first()).toBeAttached()
    }
    await expect(app.timelineEvents).toHaveCount(curated.events.length)
  })

  test('clicking an event opens its detail with date, summary and sources', async ({ page }) => {
    await page.getByRole('button', { name: /^Paris summit of the coalition/ }).click()
    const detail = page.getByRole('complementary')
    await expect(detail.getByRole('heading', { level: 2 })).toContainText('Paris')
    await expect(detail.getByText('27 Mar 2025')).toBeVisible()
    await expect(detail.getByRole('heading', { name: 'Sources' })).toBeVisible()
    // The article is cited by paragraph, with the paragraph's own text to check against.
    await expect(detail.getByText(/paras?\. \d/).first()).toBeVisible()
    await expect(detail.locator('blockquote').first()).toBeVisible()
  })

  test('the close button closes the detail panel', async ({ page }) => {
    await page.getByRole('button', { name: /Lancaster House/ }).click()
    const detail = page.getByRole('complementary')
    await expect(detail.getByRole('heading', { level: 2 })).toContainText('Lancaster House')
    await detail.getByRole('button', { name: 'Close event detail' }).click()
    await expect(page.getByRole('complementary')).toHaveCount(0)
  })

  test('fit and zoom controls change the visible window, and the link follows', async ({ page, app }) => {
    const shown = app.timelineEvents
    await expect(shown).toHaveCount(curated.events.length)
    const windowInLink = () => new URL(page.url()).searchParams.get('t')
    expect(windowInLink()).toBeNull()
    await page.getByRole('button', { name: 'Zoom in' }).click()
    // Half the span: the link records the narrower window, and events at the edges leave the view.
    await expect.poll(windowInLink).toMatch(/^\d{4}-\d{2}-\d{2}T.*~/)
    const [from, to] = windowInLink()!.split('~').map((t) => Date.parse(t))
    expect(to! - from!).toBeGreaterThan(0)
    await page.getByRole('button', { name: 'Fit all' }).click()
    await expect.poll(windowInLink).toBeNull()
    await expect(shown).toHaveCount(curated.events.length)
  })
})
