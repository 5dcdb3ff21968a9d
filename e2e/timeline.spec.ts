import { expect, test } from '@playwright/test'
import { curated } from './dataset'

test.describe('the curated timeline', () => {
  // Tall enough that every lane is on screen: vis draws only the lanes in view.
  test.use({ viewport: { width: 1280, height: 2000 } })

  test.beforeEach(async ({ page }) => {
    await page.goto('/')
  })

  test('shows every event of the dataset on the timeline', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1, name: 'Coalition Timeline' })).toBeVisible()
    const timeline = page.getByRole('region', { name: /Timeline/ })
    await expect(page.getByRole('status').filter({ hasText: `${curated.events.length} of ${curated.events.length} events` })).toBeVisible()
    for (const event of curated.events) {
      await expect(timeline.getByRole('button', { name: event.title, exact: false }).first()).toBeAttached()
    }
    await expect(timeline.getByRole('group', { name: 'Events', exact: true }).getByRole('button')).toHaveCount(curated.events.length)
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

  test('fit and zoom controls change the visible window', async ({ page }) => {
    const axis = page.locator('.vis-time-axis.vis-foreground').first()
    await expect(axis).toContainText('March 2025')
    const before = await axis.innerText()
    await page.getByRole('button', { name: 'Zoom in' }).click()
    await expect.poll(() => axis.innerText()).not.toBe(before)
    await page.getByRole('button', { name: 'Fit all' }).click()
    await expect.poll(() => axis.innerText()).toBe(before)
  })
})
