import { expect, test } from './test'
import type { Locator, Page } from '@playwright/test'
import { timeline } from './locators'

/**
 * Dense lanes become markers with counts. A filter changes the counts on markers vis already shows:
 * each marker must say, in its text and its name, how many of the remaining events it stands for.
 */
const PER_COUNTRY = 300

function denseCsv(): string {
  const header = 'title,start,category,countries,source_title,source_publisher,source_date'
  const rows = Array.from({ length: PER_COUNTRY * 2 }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0')
    return `Meeting ${i},2025-03-${day},summit,${i % 2 ? 'FR' : 'GB'},Minutes ${i},Archive,2025-04-01`
  })
  return [header, ...rows].join('\n')
}

const MARKER_NAME = /^(\d+) events, .*: zoom in to see them$/

/**
 * Events the drawn items stand for, after checking that each marker's text is its own count. Names
 * and texts are read in one go: read item by item, a redraw in between could pair one marker's name
 * with another's text.
 */
async function eventsShown(items: Locator): Promise<number> {
  const drawn = await items.evaluateAll((elements) => elements.map((e) => [e.getAttribute('aria-label') ?? '', (e as HTMLElement).innerText] as const))
  let total = 0
  for (const [name, text] of drawn) {
    const count = MARKER_NAME.exec(name)?.[1]
    if (count === undefined) total += 1
    else {
      expect(text).toBe(count)
      total += Number(count)
    }
  }
  return total
}

async function openDense(page: Page) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Open data' }).click()
  await page.getByRole('dialog', { name: 'Open data' }).getByLabel('Open a file').setInputFiles({ name: 'dense.csv', mimeType: 'text/csv', buffer: Buffer.from(denseCsv()) })
  await expect(page.getByRole('status').filter({ hasText: `${PER_COUNTRY * 2} of ${PER_COUNTRY * 2} events` })).toBeVisible()
}

test('markers count the events left by a filter, in their text and their names', async ({ page }) => {
  await openDense(page)
  const items = timeline(page).getByRole('button')
  await expect(items.filter({ hasText: /^\d+$/ }).first()).toBeVisible()
  await expect.poll(() => eventsShown(items)).toBe(PER_COUNTRY * 2)

  await page.getByRole('checkbox', { name: /^France/ }).check()
  await expect(page.getByRole('status').filter({ hasText: `${PER_COUNTRY} of ${PER_COUNTRY * 2} events` })).toBeVisible()
  await expect.poll(() => eventsShown(items)).toBe(PER_COUNTRY)

  await page.getByRole('checkbox', { name: /^France/ }).uncheck()
  await expect.poll(() => eventsShown(items)).toBe(PER_COUNTRY * 2)
})
