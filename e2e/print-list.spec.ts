import { expect, test } from './test'
import { curated, TOTAL } from './dataset'
import { results } from './locators'

test('printing gives the filtered events in time order with dates, summaries and sources, and no chrome', async ({ page, app }) => {
  await page.goto('/?c=FR')
  const french = curated.events
    .filter((e) => e.countries.includes('FR'))
    .sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id))
  await expect(results(page)).toHaveText(`${french.length} of ${TOTAL} events`)
  const printed = page.getByRole('region', { name: curated.meta.title })
  // On screen the timeline carries the events; the printed list is not shown twice.
  await expect(printed).toBeHidden()

  await page.emulateMedia({ media: 'print' })
  await expect(printed).toBeVisible()
  await expect(app.timeline).toBeHidden()
  await expect(page.getByRole('banner')).toBeHidden()
  await expect(page.getByRole('region', { name: 'Filters' })).toBeHidden()
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden()

  await expect(printed).toContainText(`${french.length} of ${TOTAL} events`)
  await expect(printed).toContainText('filtered by France')
  const titles = printed.getByRole('heading', { level: 3 })
  await expect(titles).toHaveText(french.map((e) => e.title))
  const first = printed.getByRole('listitem').filter({ has: page.getByRole('heading', { name: french[0]!.title }) })
  await expect(first).toContainText(french[0]!.summary)
  await expect(first.locator('time')).toHaveAttribute('datetime', french[0]!.start)
  await expect(first).toContainText('Sources')

  // What goes to paper is text on white, whatever the screen theme.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' })
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
  expect(background).toBe('rgb(255, 255, 255)')
})
