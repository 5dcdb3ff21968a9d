import { expect, test } from '@playwright/test'
import { curated, DATASET_ROUTE } from './dataset'
import { results } from './locators'

test('a server error explains itself and Retry loads the dataset', async ({ page }) => {
  let fail = true
  await page.route(DATASET_ROUTE, (route) => (fail ? route.fulfill({ status: 500, body: 'boom' }) : route.fallback()))
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The dataset could not be loaded')
  await expect(alert).toContainText('500')
  fail = false
  await alert.getByRole('button', { name: 'Retry' }).click()
  await expect(results(page)).toHaveText(`${curated.events.length} of ${curated.events.length} events`)
})

test('an invalid dataset lists each problem with its JSON path', async ({ page }) => {
  const broken = structuredClone(curated)
  broken.events[0]!.actors = ['nobody']
  broken.events[1]!.id = broken.events[0]!.id
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: broken }))
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The dataset has 2 problems')
  await expect(alert).toContainText('$.events[0].actors[0]: Unknown actor id "nobody"')
  await expect(alert).toContainText(`$.events[1].id: Duplicate event id "${broken.events[0]!.id}"`)
})

test('shows a loading state while the dataset is on its way', async ({ page }) => {
  let release: () => void = () => {}
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(DATASET_ROUTE, async (route) => {
    await held
    await route.fallback()
  })
  await page.goto('/')
  await expect(page.getByRole('status').filter({ hasText: 'Loading the dataset' }).first()).toBeVisible()
  release()
  await expect(results(page)).toHaveText(`${curated.events.length} of ${curated.events.length} events`)
})

test('an impossible date is named with its path', async ({ page }) => {
  const broken = structuredClone(curated)
  broken.events[2]!.start = '2025-02-30'
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: broken }))
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('$.events[2].start: Not a real calendar date')
})

test('code that does not arrive is explained, not a blank page', async ({ page }) => {
  await page.route(/\/assets\/start-[^/]*\.js$/, (route) => route.abort())
  await page.goto('/')
  await expect(page.getByRole('alert')).toHaveText('The app’s code did not load. Check the connection, then reload the page.')
})
