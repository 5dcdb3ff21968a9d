import { expect, test } from '@playwright/test'
import { byId, chronological, curated, TOTAL } from './dataset'
import { results, selectedTimelineEvents, timeline, timelineEvents } from './locators'

test.beforeEach(async ({ page }) => {
  await page.goto('/')
  await expect(results(page)).toHaveText(`${TOTAL} of ${TOTAL} events`)
})

test('checking France leaves only events involving France, and the count says so', async ({ page }) => {
  const french = curated.events.filter((e) => e.countries.includes('FR'))
  await page.getByRole('checkbox', { name: /^France/ }).check()
  await expect(results(page)).toHaveText(`${french.length} of ${TOTAL} events`)
  await expect(timelineEvents(page)).toHaveCount(french.length)
  await page.getByRole('button', { name: 'List' }).click()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(french.length + 1)
  for (const event of french) await expect(page.getByRole('table').getByText(event.title, { exact: true })).toBeVisible()
})

test('searching "Signal" narrows to the chat and its fallout', async ({ page }) => {
  await page.getByRole('searchbox', { name: 'Search' }).fill('Signal')
  const shown = timelineEvents(page)
  await expect(results(page)).not.toHaveText(`${TOTAL} of ${TOTAL} events`)
  const count = await shown.count()
  expect(count).toBeGreaterThan(1)
  expect(count).toBeLessThan(10)
  await expect(shown.filter({ hasText: byId('signal-chat-published').title })).toHaveCount(1)
  await expect(shown.filter({ hasText: byId('paris-summit').title })).toHaveCount(0)
  // Accent- and case-insensitive: "elysee" finds the Élysée.
  await page.getByRole('searchbox', { name: 'Search' }).fill('ELYSEE')
  await expect(shown.filter({ hasText: byId('paris-summit').title })).toHaveCount(1)
})

test('clicking an actor chip in the detail filters to that actor', async ({ page }) => {
  const withMacron = curated.events.filter((e) => e.actors.includes('emmanuel-macron'))
  await timelineEvents(page).filter({ hasText: byId('paris-summit').title }).click()
  const detail = page.getByRole('complementary')
  await detail.getByRole('button', { name: /^Emmanuel Macron/ }).click()
  await expect(results(page)).toHaveText(`${withMacron.length} of ${TOTAL} events`)
  // Below 1536 px an open detail takes the filters' column: they are in the Filters drawer.
  await page.getByRole('button', { name: /^Filters/ }).click()
  await expect(page.getByRole('checkbox', { name: /^Emmanuel Macron/ })).toBeChecked()
  await expect(page.getByRole('button', { name: 'Remove filter: Emmanuel Macron' })).toBeVisible()
})

test('a keyboard-only reader steps from event to event and opens and closes details', async ({ page }) => {
  await timeline(page).focus()
  await page.keyboard.press('ArrowRight')
  const heading = page.getByRole('complementary').getByRole('heading', { level: 2 })
  await expect(heading).toHaveText(chronological[0]!.title)
  await page.keyboard.press('ArrowRight')
  await expect(heading).toHaveText(chronological[1]!.title)
  await page.keyboard.press('ArrowLeft')
  await expect(heading).toHaveText(chronological[0]!.title)
  await page.keyboard.press('End')
  await expect(heading).toHaveText(chronological.at(-1)!.title)
  await page.keyboard.press('Escape')
  await expect(page.getByRole('complementary')).toHaveCount(0)
  await expect(timeline(page)).toBeFocused()
  // "/" jumps to the search box, and typing there does not move the timeline.
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused()
  await page.keyboard.type('Home')
  await expect(page.getByRole('complementary')).toHaveCount(0)
})

test('lanes by country show a multi-country event in each lane, all highlighted when selected', async ({ page }) => {
  const meeting = byId('macron-zelensky-elysee')
  expect(meeting.countries.length).toBeGreaterThan(1)
  // Narrowed to one event, so every lane it sits in is on screen (vis draws only visible lanes).
  await page.getByRole('searchbox', { name: 'Search' }).fill(meeting.title)
  await page.getByRole('combobox', { name: 'Lanes by' }).selectOption('country')
  const copies = timelineEvents(page).filter({ hasText: meeting.title })
  await expect(copies).toHaveCount(meeting.countries.length)
  await expect(selectedTimelineEvents(page)).toHaveCount(0)
  await copies.first().click({ position: { x: 4, y: 4 } })
  await expect(selectedTimelineEvents(page)).toHaveCount(meeting.countries.length)
})

test('the list view is the text alternative, sharing the selection', async ({ page }) => {
  await page.getByRole('button', { name: 'List' }).click()
  const table = page.getByRole('table')
  await expect(table.getByRole('row')).toHaveCount(TOTAL + 1)
  await table.getByRole('button', { name: byId('paris-summit').title }).click()
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(byId('paris-summit').title)
  await page.getByRole('button', { name: 'Timeline' }).click()
  await expect(selectedTimelineEvents(page)).toHaveCount(1)
  await expect(selectedTimelineEvents(page)).toHaveAccessibleName(new RegExp(`^${byId('paris-summit').title}`))
})
