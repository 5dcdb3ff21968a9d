import { expect, test, type Page, type Route } from '@playwright/test'
import { curated, DATASET_ROUTE } from './dataset'

/**
 * A failing network: every failure says what happened and offers a Retry that works. The page
 * clock is faked so "hanging" takes seconds of test time, not the real 10 s and 30 s.
 */
const TOTAL = curated.events.length
const loaded = (page: Page) => page.getByRole('status').filter({ hasText: `${TOTAL} of ${TOTAL} events` })
const loading = (page: Page) => page.getByRole('status').filter({ hasText: /loading the dataset/i })

type Failure = (route: Route) => Promise<void> | void

/** The first `times` dataset requests fail with `fail`; later ones reach the real file. */
async function failDataset(page: Page, fail: Failure, times = Infinity) {
  let count = 0
  await page.route(DATASET_ROUTE, (route) => (count++ < times ? fail(route) : route.fallback()))
  return { requests: () => count }
}

async function retryLoads(page: Page) {
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click()
  await expect(loaded(page)).toBeVisible()
}

test.afterEach(async ({ page }) => {
  // A hung request is still pending at the end; let it go quietly.
  await page.unrouteAll({ behavior: 'ignoreErrors' })
})

test('no connection: says so after retrying by itself, and Retry loads the dataset', async ({ page }) => {
  const dataset = await failDataset(page, (route) => route.abort('internetdisconnected'), 3)
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText(/Could not reach .*: check your connection, and try again\./)
  expect(dataset.requests()).toBe(3)
  await retryLoads(page)
})

test('a web page instead of JSON is named as such, without pointless retries', async ({ page }) => {
  const dataset = await failDataset(page, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><h1>Sign in</h1>' }), 1)
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('returned a web page (HTML), not a JSON dataset')
  await expect(alert.getByRole('heading', { name: 'Sign in' })).toHaveCount(0)
  expect(dataset.requests()).toBe(1)
  await retryLoads(page)
})

test('a 500 answered as HTML names the status, and Retry loads the dataset', async ({ page }) => {
  await failDataset(page, (route) => route.fulfill({ status: 500, contentType: 'text/html', body: '<h1>Internal Server Error</h1>' }), 3)
  await page.goto('/')
  await expect(page.getByRole('alert')).toContainText('The server answered 500')
  await retryLoads(page)
})

test('a truncated file is reported as invalid JSON', async ({ page }) => {
  await failDataset(page, (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(curated).slice(0, 5000) }), 1)
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The dataset is not valid JSON')
  await expect(alert.getByRole('list', { name: 'Problems' })).toContainText('$: ')
  await retryLoads(page)
})

test.describe('a server that hangs', () => {
  const hang: Failure = () => {}

  test.beforeEach(async ({ page }) => {
    await page.clock.install()
  })

  test('shows a loading state, admits after 10 s it is still waiting, and Try again loads', async ({ page }) => {
    const dataset = await failDataset(page, hang, 1)
    await page.goto('/')
    await expect(loading(page)).toHaveText('Loading the dataset…')
    await expect(page.getByRole('button', { name: 'Try again' })).toHaveCount(0)
    await page.clock.fastForward(10_000)
    await expect(loading(page)).toContainText('Still loading the dataset')
    await page.getByRole('button', { name: 'Try again' }).click()
    await expect(loaded(page)).toBeVisible()
    expect(dataset.requests()).toBe(2)
  })

  test('Stop loading cancels, says so, and Retry loads', async ({ page }) => {
    await failDataset(page, hang, 1)
    await page.goto('/')
    await page.clock.fastForward(10_000)
    await page.getByRole('button', { name: 'Stop loading' }).click()
    await expect(page.getByRole('alert')).toContainText('Loading was stopped before the dataset arrived.')
    await retryLoads(page)
  })

  test('gives up after 30 s of silence with a clear error, and Retry loads', async ({ page }) => {
    const dataset = await failDataset(page, hang, 1)
    await page.goto('/')
    await expect(loading(page)).toBeVisible()
    await page.clock.fastForward(30_000)
    await expect(page.getByRole('alert')).toContainText('The server stopped answering: nothing arrived from')
    await expect(page.getByRole('alert')).toContainText('for 30 seconds')
    expect(dataset.requests()).toBe(1)
    await retryLoads(page)
  })
})
