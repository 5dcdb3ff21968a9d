import { expect, test } from './test'
import type { Page } from '@playwright/test'
import { byId, curated, TOTAL } from './dataset'
import { detailHeading, results, timelineEvent } from './locators'

const itemX = async (page: Page, title: string) => (await timelineEvent(page, title).first().boundingBox())!.x

test('a copied link reopens the same events, selection and window in a fresh browser', async ({ page, app, browser }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await page.getByRole('checkbox', { name: /^United Kingdom/ }).check()
  const summit = byId('paris-summit')
  await timelineEvent(page, summit.title).click()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByText('Link copied')).toBeVisible()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toContain('c=GB')
  expect(link).toContain(`e=${summit.id}`)
  expect(link).toMatch(/t=\d{4}-/)
  const countText = await app.results.innerText()
  const x = await itemX(page, summit.title)

  const fresh = await browser.newContext({ viewport: page.viewportSize()! })
  const other = await fresh.newPage()
  await other.goto(link)
  await expect(results(other)).toHaveText(countText)
  await expect(detailHeading(other)).toHaveText(summit.title)
  expect(Math.abs((await itemX(other, summit.title)) - x)).toBeLessThanOrEqual(1)
  expect(other.url()).toBe(link)
  await fresh.close()
})

test('Back walks back through select and filter, and no further than where the reader came from', async ({ page, app }) => {
  await page.goto('/')
  const start = page.url()
  await page.getByRole('checkbox', { name: /^France/ }).check()
  const french = curated.events.filter((e) => e.countries.includes('FR')).length
  await expect(app.results).toHaveText(`${french} of ${TOTAL} events`)
  await timelineEvent(page, byId('paris-summit').title).click()
  await expect(app.detailHeading).toBeVisible()
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Zoom out' }).click()

  await page.goBack()
  await expect(page.getByRole('complementary')).toHaveCount(0)
  await expect(app.results).toHaveText(`${french} of ${TOTAL} events`)
  await page.goBack()
  await expect(app.results).toHaveText(`${TOTAL} of ${TOTAL} events`)
  expect(page.url()).toBe(start)
  await page.goForward()
  await expect(page.getByRole('checkbox', { name: /^France/ })).toBeChecked()
  await page.goForward()
  await expect(app.detailHeading).toHaveText(byId('paris-summit').title)
})

test('a link with bad parameters applies the rest and says what it ignored', async ({ page, app }) => {
  await page.goto('/?c=FR,France&a=ghost&e=nope&lanes=sideways&t=garbage&zzz=1')
  await expect(app.results).toHaveText(`${curated.events.filter((e) => e.countries.includes('FR')).length} of ${TOTAL} events`)
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link was ignored' })
  await expect(notice).toContainText('"France"')
  await expect(notice).toContainText('unknown actor "ghost"')
  await expect(notice).toContainText('unknown event "nope"')
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(notice).toHaveCount(0)
  expect(new URL(page.url()).search).toBe('?c=FR')
})

test('embed mode says which parts of its link it ignored', async ({ page }) => {
  await page.goto('/?embed=1&lanes=sideways&c=FR')
  const notice = page.getByRole('status').filter({ hasText: 'Part of this link was ignored' })
  await expect(notice).toContainText('lanes "sideways" is not one of category, country, actor')
  expect(new URL(page.url()).searchParams.get('c')).toBe('FR')
})

test('embed mode shows the timeline alone, with a link to the same view in the full app', async ({ page, app }) => {
  await page.goto('/?embed=1&c=FR&e=paris-summit')
  await expect(app.timeline).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Filters' })).toHaveCount(0)
  await expect(app.detailHeading).toHaveText(byId('paris-summit').title)
  const link = page.getByRole('link', { name: /Open this view in Coalition Timeline/ })
  const href = new URL((await link.getAttribute('href'))!)
  expect(href.searchParams.get('embed')).toBeNull()
  expect(href.searchParams.get('c')).toBe('FR')
  expect(href.searchParams.get('e')).toBe('paris-summit')
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer')
})
