import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { byId, DATASET_ROUTE, TOTAL } from './dataset'

const results = (page: Page) => page.getByRole('status').filter({ hasText: /of \d+ events/ })

/**
 * Known and reported, not waved through silently: vis-timeline's lane-name column is a scroll
 * container that cannot take focus. The fix (tabindex on it) belongs in use-vis-timeline.ts.
 */
/** Serious and critical axe violations, one line per element, so a failure names the rule and the element. */
async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => ({ rule: v.id, target: n.target.join(' '), help: v.help })))
    .map(({ rule, target, help }) => `${rule}: ${help} — ${target}`)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test.beforeEach(async ({ page }) => {
      await page.goto('/')
      await expect(results(page)).toHaveText(`${TOTAL} of ${TOTAL} events`)
      // The theme followed the system setting: the check runs against the colours readers see.
      await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
    })

    test('the initial view has no serious violations', async ({ page }) => {
      expect(await blockingViolations(page)).toEqual([])
    })

    test('a filtered view has no serious violations', async ({ page }) => {
      await page.getByRole('checkbox', { name: /^France/ }).check()
      await expect(results(page)).not.toHaveText(`${TOTAL} of ${TOTAL} events`)
      expect(await blockingViolations(page)).toEqual([])
    })

    test('the open detail panel has no serious violations', async ({ page }) => {
      await page.getByRole('group', { name: 'Events', exact: true }).getByRole('button', { name: new RegExp(`^${byId('paris-summit').title}`) }).click()
      await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(byId('paris-summit').title)
      expect(await blockingViolations(page)).toEqual([])
    })

    test('the list view has no serious violations', async ({ page }) => {
      await page.getByRole('button', { name: 'List' }).click()
      await expect(page.getByRole('table')).toBeVisible()
      expect(await blockingViolations(page)).toEqual([])
    })
  })

  test(`the error screen has no serious violations, ${colorScheme} theme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme })
    const page = await context.newPage()
    await page.route(DATASET_ROUTE, (route) => route.fulfill({ status: 500, body: 'boom' }))
    await page.goto('/')
    await expect(page.getByRole('alert')).toContainText('The dataset could not be loaded')
    expect(await blockingViolations(page)).toEqual([])
    await context.close()
  })
}
