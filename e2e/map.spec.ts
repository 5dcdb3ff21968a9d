import { fileURLToPath } from 'node:url'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './test'
import { byId, curated } from './dataset'

// The map sits beside the timeline only where both have room.
test.use({ viewport: { width: 1680, height: 900 } })

const located = curated.events.filter((e) => e.place)
const mapRegion = (page: Page) => page.getByRole('region', { name: 'Map' })
const mapSurface = (page: Page) => page.getByRole('group', { name: 'Map of events' })
const CLUSTER = /^([\d,]+) events: zoom to them$/

/** Events the markers stand for: a cluster counts its events, an event marker one. */
async function markerTotal(surface: Locator): Promise<number> {
  const labels = await surface.getByRole('button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''))
  return labels.reduce((sum, label) => sum + (CLUSTER.test(label) ? Number(CLUSTER.exec(label)![1]!.replace(/,/g, '')) : 1), 0)
}

const mapParam = (page: Page) => new URL(page.url()).searchParams.get('m')

test('the curated events with a place are on the map, clustered where dense', async ({ page }) => {
  await page.goto('/')
  await expect(mapRegion(page)).toBeVisible()
  const surface = mapSurface(page)
  await expect(surface.getByRole('button', { name: CLUSTER }).first()).toBeVisible()
  await expect.poll(() => markerTotal(surface)).toBe(located.length)
  await expect(mapRegion(page).getByText(`${located.length} of ${curated.events.length} events have a place`)).toBeVisible()
  await expect(surface.getByText('Natural Earth')).toBeVisible()
})

test('a cluster zooms in to its events, and the zoom goes into the link', async ({ page }) => {
  await page.goto('/')
  const surface = mapSurface(page)
  await expect.poll(() => markerTotal(surface)).toBe(located.length)
  const cluster = surface.getByRole('button', { name: CLUSTER }).first()
  const label = (await cluster.getAttribute('aria-label'))!
  const events = Number(CLUSTER.exec(label)![1]!.replace(/,/g, ''))
  await cluster.click()
  await expect.poll(() => mapParam(page)).not.toBeNull()
  // Zoomed in to them: that cluster has split, and all its events are still in view. (Counting all
  // buttons is no test: markers elsewhere leave the view as the map zooms.)
  await expect(surface.getByRole('button', { name: label, exact: true })).toHaveCount(0)
  await expect.poll(() => markerTotal(surface)).toBeGreaterThanOrEqual(events)
})

test('a cluster opened from the keyboard leaves focus on the map', async ({ page }) => {
  await page.goto('/')
  const surface = mapSurface(page)
  const cluster = surface.getByRole('button', { name: CLUSTER }).first()
  await cluster.focus()
  await page.keyboard.press('Enter')
  await expect.poll(() => mapParam(page)).not.toBeNull()
  await expect(surface).toBeFocused()
})

test('clicking a marker selects its event in the detail and the timeline, and back', async ({ page, app }) => {
  const event = byId('uk-france-chiefs-visit-kyiv')
  await page.goto('/?m=50.45,30.52,8')
  const marker = mapSurface(page).getByRole('button', { name: `${event.title}, ${event.location}` })
  await marker.click()
  await expect(app.detailHeading).toHaveText(event.title)
  await expect(app.selectedTimelineEvents.first()).toHaveAccessibleName(new RegExp(`^${event.title}, `))
  await expect(marker).toHaveAttribute('aria-pressed', 'true')

  // Selecting elsewhere (Next in the detail) presses that event's marker, panning to it if needed.
  await app.detail.getByRole('button', { name: /Next/ }).click()
  await expect(app.detailHeading).not.toHaveText(event.title)
  const next = await app.detailHeading.innerText()
  const selected = mapSurface(page).getByRole('button', { pressed: true })
  await expect(selected).toHaveAccessibleName(`${next}, ${curated.events.find((e) => e.title === next)!.location}`)
  // Brought into the map's view: its box lies inside the map's.
  const [box, frame] = [await selected.boundingBox(), await mapSurface(page).boundingBox()]
  expect(box!.x).toBeGreaterThanOrEqual(frame!.x)
  expect(box!.x + box!.width).toBeLessThanOrEqual(frame!.x + frame!.width)
  expect(box!.y).toBeGreaterThanOrEqual(frame!.y)
  expect(box!.y + box!.height).toBeLessThanOrEqual(frame!.y + frame!.height)
})

test('the keyboard pans and zooms, and a copied link reopens the same map view', async ({ page, browser }) => {
  await page.goto('/?m=50,10,4')
  const surface = mapSurface(page)
  await expect(surface.getByRole('button').first()).toBeVisible()
  await surface.focus()
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => mapParam(page)).not.toBe('50,10,4')
  await page.keyboard.press('+')
  await expect.poll(() => mapParam(page)).toMatch(/,5$/)
  const labels = await surface.getByRole('button').evaluateAll((b) => b.map((x) => x.getAttribute('aria-label')))

  const other = await browser.newPage({ viewport: page.viewportSize()! })
  await other.goto(page.url())
  const reopened = mapSurface(other)
  await expect(reopened.getByRole('button').first()).toBeVisible()
  expect(await reopened.getByRole('button').evaluateAll((b) => b.map((x) => x.getAttribute('aria-label')))).toEqual(labels)
  expect(mapParam(other)).toBe(mapParam(page))
  await other.close()
})

test('Tab goes from the map to its markers in time order', async ({ page }) => {
  await page.goto('/?m=51,0,7')
  const surface = mapSurface(page)
  await expect(surface.getByRole('button').first()).toBeVisible()
  await surface.focus()
  const order: string[] = []
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab')
    order.push(await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
  }
  const starts = order.map((label) => located.find((e) => label.startsWith(`${e.title}, `))?.start ?? 'none')
  expect(starts).not.toContain('none')
  expect(starts).toEqual([...starts].sort())
})

test('filters and the timeline window change the markers', async ({ page }) => {
  await page.goto('/')
  const surface = mapSurface(page)
  await expect.poll(() => markerTotal(surface)).toBe(located.length)
  await page.getByRole('checkbox', { name: /^Strikes/ }).check()
  await expect.poll(() => markerTotal(surface)).toBe(located.filter((e) => e.category === 'strike').length)
  await page.getByRole('checkbox', { name: /^Strikes/ }).uncheck()
  await expect.poll(() => markerTotal(surface)).toBe(located.length)

  // A window of 24–28 March hides the rest, or shows them faint when asked.
  await page.goto('/?t=2025-03-24T00:00:00Z~2025-03-28T00:00:00Z')
  const lastDay = (e: (typeof located)[number]) =>
    e.end ?? (e.precision === 'week' ? new Date(Date.parse(e.start) + 6 * 86_400_000).toISOString().slice(0, 10) : e.start)
  const inWindow = located.filter((e) => e.start <= '2025-03-28' && lastDay(e) >= '2025-03-24').length
  expect(inWindow).toBeLessThan(located.length)
  await expect.poll(() => markerTotal(surface)).toBe(inWindow)
  await mapRegion(page).getByRole('checkbox', { name: /outside the timeline’s window/ }).check()
  await expect.poll(() => markerTotal(surface)).toBe(located.length)
  expect(new URL(page.url()).searchParams.get('outside')).toBe('dim')
})

test('on a phone the map is a view of its own', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 })
  await page.goto('/')
  await expect(mapRegion(page)).toHaveCount(0)
  await page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Map' }).click()
  await expect(mapRegion(page)).toBeVisible()
  await expect.poll(() => markerTotal(mapSurface(page))).toBe(located.length)
  expect(new URL(page.url()).searchParams.get('view')).toBe('map')
})

test('a dataset without coordinates has no map and no map view', async ({ page, app }) => {
  await page.goto('/?view=map')
  await expect(mapRegion(page)).toBeVisible()
  await page.getByRole('button', { name: 'Open data' }).click()
  await page.getByRole('dialog', { name: 'Open data' }).getByLabel('Open a file').setInputFiles(fileURLToPath(new URL('./fixtures/events.csv', import.meta.url)))
  await expect(app.results).toHaveText('3 of 3 events')
  await expect(app.timeline).toBeVisible()
  await expect(mapRegion(page)).toHaveCount(0)
  await expect(page.getByRole('group', { name: 'View' }).getByRole('button', { name: 'Map' })).toHaveCount(0)
})
