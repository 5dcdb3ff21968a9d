import { expect, test } from './test'
import { timelineEvent } from './locators'
import { byId, chronological, curated, TOTAL } from './dataset'

test.beforeEach(async ({ page, app }) => {
  await page.goto('/')
  await expect(app.results).toHaveText(`${TOTAL} of ${TOTAL} events`)
})

test('checking France leaves only events involving France, and the count says so', async ({ page, app }) => {
  const french = curated.events.filter((e) => e.countries.includes('FR'))
  await page.getByRole('checkbox', { name: /^France/ }).check()
  await expect(app.results).toHaveText(`${french.length} of ${TOTAL} events`)
  await expect(app.timelineEvents).toHaveCount(french.length)
  await page.getByRole('button', { name: 'List' }).click()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows).toHaveCount(french.length + 1)
  for (const event of french) await expect(page.getByRole('table').getByText(event.title, { exact: true })).toBeVisible()
})

test('searching "Signal" narrows to the chat and its fallout', async ({ page, app }) => {
  await page.getByRole('searchbox', { name: 'Search' }).fill('Signal')
  const shown = app.timelineEvents
  await expect(app.results).not.toHaveText(`${TOTAL} of ${TOTAL} events`)
  const count = await shown.count()
  expect(count).toBeGreaterThan(1)
  expect(count).toBeLessThan(10)
  await expect(timelineEvent(page, byId('signal-chat-published').title)).toHaveCount(1)
  await expect(timelineEvent(page, byId('paris-summit').title)).toHaveCount(0)
  // Accent- and case-insensitive: "elysee" finds the Élysée.
  await page.getByRole('searchbox', { name: 'Search' }).fill('ELYSEE')
  await expect(timelineEvent(page, byId('paris-summit').title)).toHaveCount(1)
})

test('clicking an actor chip in the detail filters to that actor', async ({ page, app }) => {
  const withMacron = curated.events.filter((e) => e.actors.includes('emmanuel-macron'))
  await timelineEvent(page, byId('paris-summit').title).click()
  const detail = page.getByRole('complementary')
  await detail.getByRole('button', { name: /^Emmanuel Macron/ }).click()
  await expect(app.results).toHaveText(`${withMacron.length} of ${TOTAL} events`)
  // Below 1536 px an open detail takes the filters' column: they are in the Filters drawer.
  await page.getByRole('button', { name: /^Filters/ }).click()
  await expect(page.getByRole('checkbox', { name: /^Emmanuel Macron/ })).toBeChecked()
  await expect(page.getByRole('button', { name: 'Remove filter: Emmanuel Macron' })).toBeVisible()
})

test('a keyboard-only reader steps from event to event and opens and closes details', async ({ page, app }) => {
  await app.timeline.focus()
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
  await expect(app.timeline).toBeFocused()
  // "/" jumps to the search box, and typing there does not move the timeline.
  await page.keyboard.press('/')
  await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused()
  await page.keyboard.type('Home')
  await expect(page.getByRole('complementary')).toHaveCount(0)
})

test('lanes by country show a multi-country event in each lane, all highlighted when selected', async ({ page, app }) => {
  const meeting = byId('macron-zelensky-elysee')
  expect(meeting.countries.length).toBeGreaterThan(1)
  // Narrowed to one event, so every lane it sits in is on screen (vis draws only visible lanes).
  await page.getByRole('searchbox', { name: 'Search' }).fill(meeting.title)
  await page.getByRole('combobox', { name: 'Lanes by' }).selectOption('country')
  const copies = timelineEvent(page, meeting.title)
  await expect(copies).toHaveCount(meeting.countries.length)
  await expect(app.selectedTimelineEvents).toHaveCount(0)
  await copies.first().click({ position: { x: 4, y: 4 } })
  await expect(app.selectedTimelineEvents).toHaveCount(meeting.countries.length)
})

test('the list view is the text alternative, sharing the selection', async ({ page, app }) => {
  await page.getByRole('button', { name: 'List' }).click()
  const table = page.getByRole('table')
  await expect(table.getByRole('row')).toHaveCount(TOTAL + 1)
  await table.getByRole('button', { name: byId('paris-summit').title }).click()
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(byId('paris-summit').title)
  await page.getByRole('button', { name: 'Timeline' }).click()
  await expect(app.selectedTimelineEvents).toHaveCount(1)
  await expect(app.selectedTimelineEvents).toHaveAccessibleName(new RegExp(`^${byId('paris-summit').title}`))
})
