import AxeBuilder from '@axe-core/playwright'
import { expect, test } from './test'
import type { Page } from '@playwright/test'
import { byId, curated, TOTAL } from './dataset'
import { results } from './locators'

const story = curated.stories![0]!
const STEPS = story.steps.length
const viewOf = (step: number) => new URLSearchParams(story.steps[step - 1]!.view)
const eventOf = (step: number) => byId(viewOf(step).get('e')!)
/** Events a step's category filter leaves (the curated views filter by category only). */
const countOf = (step: number) => {
  const categories = viewOf(step).get('k')?.split(',') ?? []
  return categories.length ? curated.events.filter((e) => categories.includes(e.category)).length : TOTAL
}
// The curated story must exercise what these tests check: a filtered step and an unfiltered one.
const FILTERED = story.steps.findIndex((s) => s.view.includes('k=')) + 1

const panel = (page: Page) => page.getByRole('region', { name: /^Story:/ })
const counter = (page: Page) => panel(page).getByText(/^Step \d+ of \d+$/)
const stepTitle = (page: Page) => panel(page).getByRole('heading', { level: 3 })
const announcement = (page: Page) => page.locator('[aria-live="polite"]').filter({ hasText: /^Step \d+ of/ })
const storyButton = (page: Page) => page.getByRole('button', { name: 'Story', exact: true })
const stepLink = (step: number) => `/?story=${story.id}&step=${step}`

async function expectStep(page: Page, step: number) {
  await expect(counter(page)).toHaveText(`Step ${step} of ${STEPS}`)
  await expect(stepTitle(page)).toHaveText(story.steps[step - 1]!.title)
  await expect(results(page)).toHaveText(`${countOf(step)} of ${TOTAL} events`)
  const params = new URL(page.url()).searchParams
  expect(params.get('story')).toBe(story.id)
  expect(params.get('step')).toBe(String(step))
  // The step's view is in the link beside the step, so the link alone reopens it.
  expect(params.get('e')).toBe(viewOf(step).get('e'))
  expect(params.get('t')).toBe(viewOf(step).get('t'))
}

/** The step's event is selected and drawn inside the timeline's visible area, once the timeline has glided there. */
async function expectEventOnScreen(page: Page, step: number) {
  const { title } = eventOf(step)
  const timeline = page.getByRole('group', { name: 'Events', exact: true })
  // Named by the full title; the label may show the short one.
  const item = timeline.getByRole('button', { pressed: true, name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, `) }).first()
  await expect(item).toBeVisible()
  await expect
    .poll(async () => {
      const [box, frame] = await Promise.all([item.boundingBox(), timeline.boundingBox()])
      return box !== null && frame !== null && box.x >= frame.x && box.x < frame.x + frame.width
    })
    .toBe(true)
}

test('start, step with Next and →, and each step shows its view', async ({ page, app }) => {
  expect(STEPS).toBeGreaterThanOrEqual(8)
  expect(FILTERED).toBeGreaterThan(1)
  await page.goto('/')
  await expect(app.timelineEvents.first()).toBeVisible()
  await storyButton(page).click()
  await expectStep(page, 1)
  await expect(announcement(page)).toHaveText(`Step 1 of ${STEPS}: ${story.steps[0]!.title}`)
  await expectEventOnScreen(page, 1)
  await expect(panel(page)).toBeFocused()

  await page.keyboard.press('ArrowRight')
  await expectStep(page, 2)
  await expect(announcement(page)).toHaveText(`Step 2 of ${STEPS}: ${story.steps[1]!.title}`)
  await expectEventOnScreen(page, 2)
  // The step's sentences cite their sources, as an event's detail does.
  await panel(page).getByText(/^Sources for this step/).click()
  await expect(panel(page).getByRole('listitem').first()).toContainText(curated.sources.find((s) => s.id === story.steps[1]!.body[0]!.sources[0]!.source)!.publisher)

  const next = panel(page).getByRole('button', { name: 'Next →' })
  for (let step = 3; step <= FILTERED; step++) {
    await next.click()
    await expectStep(page, step)
  }
  await expect(app.detailHeading).toHaveText(eventOf(FILTERED).title)
  await page.keyboard.press('ArrowLeft')
  await expectStep(page, FILTERED - 1)
  // There is nothing before the first step, nor after the last.
  await page.goto(stepLink(1))
  await expect(panel(page).getByRole('button', { name: '← Previous' })).toBeDisabled()
  await page.goto(stepLink(STEPS))
  await expectStep(page, STEPS)
  await expect(panel(page).getByRole('button', { name: 'Next →' })).toBeDisabled()
  await panel(page).focus()
  await page.keyboard.press('ArrowRight')
  await expect(counter(page)).toHaveText(`Step ${STEPS} of ${STEPS}`)
  await page.keyboard.press('ArrowLeft')
  await expectStep(page, STEPS - 1)
})

test('a step’s link reopens it, alone or as copied', async ({ page, browser, app }) => {
  await page.goto(stepLink(FILTERED))
  await expectStep(page, FILTERED)
  await expect(app.detailHeading).toHaveText(eventOf(FILTERED).title)
  await expectEventOnScreen(page, FILTERED)
  await expect(page.getByRole('status').filter({ hasText: 'Part of this link was ignored' })).toHaveCount(0)
  // A page opened by a link keeps its skip links first: the panel does not take focus.
  await expect(panel(page)).not.toBeFocused()
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused()

  const copied = page.url()
  const fresh = await browser.newContext({ viewport: page.viewportSize()! })
  const other = await fresh.newPage()
  await other.goto(copied)
  await expectStep(other, FILTERED)
  expect(other.url()).toBe(copied)
  await fresh.close()
})

test('Back walks back a step at a time, out of the story to where the reader was, and Forward returns', async ({ page, app }) => {
  await page.goto('/?lanes=country')
  await expect(app.timelineEvents.first()).toBeVisible()
  const start = page.url()
  await storyButton(page).click()
  await expectStep(page, 1)
  await panel(page).getByRole('button', { name: 'Next →' }).click()
  await expectStep(page, 2)
  await panel(page).getByRole('button', { name: 'Next →' }).click()
  await expectStep(page, 3)

  await page.goBack()
  await expectStep(page, 2)
  await expectEventOnScreen(page, 2)
  await page.goBack()
  await expectStep(page, 1)
  await page.goBack()
  await expect(panel(page)).toHaveCount(0)
  expect(page.url()).toBe(start)
  await expect(results(page)).toHaveText(`${TOTAL} of ${TOTAL} events`)
  await page.goForward()
  await expectStep(page, 1)
})

test('leaving keeps the view to explore from, and Back reopens the step', async ({ page, app }) => {
  await page.goto(stepLink(FILTERED))
  await expectStep(page, FILTERED)
  await panel(page).focus()
  await page.keyboard.press('Escape')
  await expect(panel(page)).toHaveCount(0)
  await expect(storyButton(page)).toBeFocused()
  await expect(announcement(page)).toHaveCount(0)
  // The selection, filters and window stay, only the story goes.
  await expect(app.detailHeading).toHaveText(eventOf(FILTERED).title)
  await expect(results(page)).toHaveText(`${countOf(FILTERED)} of ${TOTAL} events`)
  const params = new URL(page.url()).searchParams
  expect(params.get('story')).toBeNull()
  expect(params.get('step')).toBeNull()
  expect(params.get('t')).toBe(viewOf(FILTERED).get('t'))
  expect(params.get('k')).toBe(viewOf(FILTERED).get('k'))

  await page.goBack()
  await expectStep(page, FILTERED)
  await panel(page).getByRole('button', { name: 'Leave story' }).click()
  await expect(panel(page)).toHaveCount(0)
  await expect(app.detailHeading).toHaveText(eventOf(FILTERED).title)
})

test('the story works in the List view, which it keeps', async ({ page }) => {
  await page.goto('/?view=list')
  await storyButton(page).click()
  await expectStep(page, 1)
  const table = page.getByRole('table')
  await expect(table.getByRole('button', { name: eventOf(1).title, pressed: true })).toBeVisible()
  await panel(page).getByRole('button', { name: 'Next →' }).click()
  await expectStep(page, 2)
  await expect(table.getByRole('button', { name: eventOf(2).title, pressed: true })).toBeInViewport()
  expect(new URL(page.url()).searchParams.get('view')).toBe('list')
})

test('?embed=1&story= embeds the story with its timeline alone', async ({ page, app }) => {
  await page.goto(`/?embed=1&story=${story.id}&step=2`)
  await expect(counter(page)).toHaveText(`Step 2 of ${STEPS}`)
  await expectEventOnScreen(page, 2)
  await expect(storyButton(page)).toHaveCount(0)
  await expect(page.getByRole('button', { name: /^Filters/ })).toHaveCount(0)
  await panel(page).getByRole('button', { name: 'Next →' }).click()
  await expect(counter(page)).toHaveText(`Step 3 of ${STEPS}`)
  await expect(app.detailHeading).toHaveText(eventOf(3).title)
  await expect(page.getByRole('link', { name: /Open this view in/ })).toHaveAttribute('href', /story=.*&step=3/)
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })

  test('steps are read without a sheet covering them; leaving opens the selected event', async ({ page }) => {
    await page.goto('/')
    await storyButton(page).tap()
    await expectStep(page, 1)
    await panel(page).getByRole('button', { name: 'Next →' }).tap()
    await expectStep(page, 2)
    await expect(page.getByRole('dialog')).toHaveCount(0)
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
    await panel(page).getByRole('button', { name: 'Leave story' }).tap()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(eventOf(2).title)
  })
})

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme })

    test('the story panel has no serious axe violations', async ({ page }) => {
      await page.goto(stepLink(FILTERED))
      await expectStep(page, FILTERED)
      await panel(page).getByText(/^Sources for this step/).click()
      const { violations } = await new AxeBuilder({ page }).include('section[aria-labelledby="story-title"]').analyze()
      const blocking = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      expect(blocking.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`))).toEqual([])
    })
  })
}
