import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './test'
import { timelineEvent } from './locators'
import type { Page } from '@playwright/test'
import { byId, DATASET_ROUTE, TOTAL } from './dataset'

/** Serious and critical axe violations, one line per element, so a failure names the rule and the element. */
async function blockingViolations(page: Page, only?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page })
  const { violations } = await (only ? builder.include(only) : builder).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => ({ rule: v.id, target: n.target.join(' '), help: v.help })))
    .map(({ rule, target, help }) => `${rule}: ${help} — ${target}`)
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${colorScheme} theme`, () => {
    test.use({ colorScheme })

    // One page walked through four screens; after the first whole-page check, each screen checks
    // what it changed (axe's contrast rule over the whole page costs seconds on a 2-core machine).
    test('the initial, filtered, detail and list screens have no serious violations', async ({ page, app }) => {
      test.slow()
      await page.goto('/')
      await expect(app.results).toHaveText(`${TOTAL} of ${TOTAL} events`)
      // The theme followed the system setting: the check runs against the colours readers see.
      await expect(page.locator('html')).toHaveClass(colorScheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/)
      await expect(app.timelineEvents.first()).toBeVisible()
      expect(await blockingViolations(page), 'initial view').toEqual([])

      await page.getByRole('checkbox', { name: /^France/ }).check()
      await expect(app.results).not.toHaveText(`${TOTAL} of ${TOTAL} events`)
      expect(await blockingViolations(page, 'section[aria-labelledby="filters-heading"]'), 'filtered view').toEqual([])

      const summit = byId('paris-summit')
      await timelineEvent(page, summit.title).click()
      await expect(app.detailHeading).toHaveText(summit.title)
      expect(await blockingViolations(page, 'aside'), 'open detail').toEqual([])

      await page.getByRole('button', { name: 'List' }).click()
      await expect(page.getByRole('table')).toBeVisible()
      expect(await blockingViolations(page, 'main'), 'list view').toEqual([])
    })
  })

  test(`the error screen has no serious violations, ${colorScheme} theme`, async ({ browser }) => {
    const context = await browser.newContext({ colorScheme })
    const page = await context.newPage()
    // A 404 is not retried, so the error screen shows at once (a 500 waits out two retries first).
    await page.route(DATASET_ROUTE, (route) => route.fulfill({ status: 404, body: 'gone' }))
    await page.goto('/')
    await expect(page.getByRole('alert')).toContainText('The dataset could not be loaded')
    expect(await blockingViolations(page)).toEqual([])
    await context.close()
  })
}
