import { fileURLToPath } from 'node:url'
import { expect, test } from './test'

const fixture = fileURLToPath(new URL('./fixtures/centuries.json', import.meta.url))
const TITLES = ['Harbour built', 'Station opens', 'Line closes', 'First fair']

test('a dataset of two centuries opens with every event in view, under its own name and categories', async ({ page, app }) => {
  await page.goto('/')
  await expect(app.results).toBeVisible()
  await page.getByRole('button', { name: 'Open data' }).click()
  await page.getByRole('dialog', { name: 'Open data' }).getByLabel('Open a file').setInputFiles(fixture)
  await expect(app.results).toHaveText('4 of 4 events')

  await expect(page.getByRole('heading', { level: 1, name: 'A harbour town, 1850–2025' })).toBeVisible()
  await expect(page).toHaveTitle('A harbour town, 1850–2025')

  const timeline = page.getByRole('group', { name: 'Events' })
  const box = await timeline.boundingBox()
  expect(box).not.toBeNull()
  for (const title of TITLES) {
    const item = timeline.getByRole('button', { name: new RegExp(`^${title},`) })
    await expect(item).toBeVisible()
    // Inside the timeline's box: in view, not somewhere off to the side of a five-year window.
    const itemBox = (await item.boundingBox())!
    expect(itemBox.x).toBeGreaterThanOrEqual(box!.x)
    expect(itemBox.x + itemBox.width / 2).toBeLessThanOrEqual(box!.x + box!.width)
  }
  await expect(timeline.getByRole('button', { name: 'First fair, 17 May 2025, 10:30 UTC+02:00' })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Periods' })).toContainText('The railway years')
  await expect(page.getByRole('group', { name: 'Categories' }).getByRole('checkbox', { name: /Festivals/ })).toBeVisible()
})
