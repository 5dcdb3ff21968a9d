import { stripBidiControls } from '../src/dataset/bidi'
import { expect, test } from './test'
import { curated, DATASET_ROUTE } from './dataset'
import { payloadDataset } from './trust-payloads'
import { expectSafeLinks, PAYLOAD_MARK, PWNED, watchPage } from './trust-watch'

type PayloadEvent = { id: string; title: string; shortTitle?: string; summary: string; location?: string; dateNote?: string; actors: string[]; quotes?: { text: string }[] }

test('every text field full of markup and script renders as inert text, everywhere', async ({ page, app, baseURL }) => {
  const watch = await watchPage(page, baseURL!)
  const data = payloadDataset() as unknown as { meta: { title: string }; actors: { id: string; name: string }[]; events: PayloadEvent[] }
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: data }))
  await page.goto('/')
  const total = data.events.length
  await expect(app.results).toHaveText(`${total} of ${total} events`)
  await expect(page.getByText(data.meta.title, { exact: false }).first()).toBeVisible()

  // Timeline items: labels and native tooltips carry the text as text.
  const items = app.timelineEvents
  await expect(items.first()).toBeVisible({ timeout: 15_000 })
  const labels = await items.evaluateAll((els) => els.map((el) => ({ text: el.textContent, tip: el.getAttribute('title') })))
  // A label shows the short title where there is one; its tooltip gives the full title.
  const fullTitle = new Map(data.events.map((e) => [e.shortTitle ?? e.title, e.title]))
  expect(labels.length).toBeGreaterThan(0)
  for (const { text, tip } of labels) {
    expect(fullTitle.has(text ?? '')).toBe(true)
    expect(tip?.startsWith(fullTitle.get(text ?? '') ?? '-')).toBe(true)
  }

  // Detail panel, from the list view (the text alternative).
  const event = data.events.find((e) => e.quotes?.length && e.location && e.dateNote && e.actors.length)!
  await page.getByRole('button', { name: 'List' }).click()
  const table = page.getByRole('table')
  await expect(table.getByRole('button', { name: data.events[0]!.title, exact: true })).toBeVisible()
  await table.getByRole('button', { name: event.title, exact: true }).click()
  const detail = page.getByRole('complementary')
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(event.title)
  await expect(detail.getByText(event.summary, { exact: true })).toBeVisible()
  await expect(detail.getByText(event.location!, { exact: true })).toBeVisible()
  await expect(detail.getByText(event.dateNote!, { exact: true })).toBeVisible()
  await expect(detail.getByText(event.quotes![0]!.text)).toBeVisible()
  const actor = data.actors.find((a) => a.id === event.actors[0])!
  await expect(detail.getByRole('button', { name: actor.name, exact: false }).first()).toBeVisible()
  await expect(page).toHaveTitle(`${event.title} · ${stripBidiControls(data.meta.title)}`)

  // Chips: filtering by the payload-named actor works like any other.
  await detail.getByRole('button', { name: actor.name, exact: false }).first().click()
  await expect(page).toHaveURL(new RegExp(`[?&]a=${actor.id}(&|$)`))
  await expect(app.results).not.toHaveText(`${total} of ${total} events`)

  // Disputes and source links.
  const disputed = data.events.find((e) => (e as { disputes?: unknown[] }).disputes?.length)!
  await page.goto(`/?view=list&e=${disputed.id}`)
  await expect(detail.getByRole('heading', { level: 2 })).toHaveText(disputed.title)
  await expect(detail.getByRole('region', { name: 'Disputed' })).toBeVisible()
  expect(await expectSafeLinks(page)).toBeGreaterThan(0)
  const sourceLink = detail.getByRole('region', { name: 'Disputed' }).getByRole('link').first()
  await expect(sourceLink).toHaveAttribute('href', /^https:\/\/evil\.invalid\/%22%3E%3Cimg/)
  await expect(sourceLink).toHaveAttribute('rel', 'noopener noreferrer')

  // Back on the timeline with a selection: the selected item is drawn from text too.
  await page.getByRole('button', { name: 'Timeline' }).click()
  await expect(app.timeline.getByRole('button', { name: disputed.title, exact: false }).first()).toBeVisible()
  await watch.expectClean()
})

test('javascript: and data: URLs and a markup key are refused with their paths, shown as text', async ({ page, baseURL }) => {
  const watch = await watchPage(page, baseURL!)
  const data = structuredClone(curated) as unknown as { sources: { url?: string }[]; events: Record<string, unknown>[] }
  data.sources[1]!.url = `javascript:window.${PWNED}=1;alert(document.domain)`
  data.sources[2]!.url = 'data:text/html,<script>alert(1)</script>'
  data.events[0]![`<img ${PAYLOAD_MARK} src=x onerror=alert(1)>`] = 1
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: data }))
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('$.sources[1].url: Expected an http(s) URL')
  await expect(alert).toContainText('$.sources[2].url: Expected an http(s) URL')
  await expect(alert).toContainText(`$.events[0]["<img ${PAYLOAD_MARK} src=x onerror=alert(1)>"]: Unknown field`)
  await expect(alert.getByRole('link')).toHaveCount(0)
  await watch.expectClean()
})

test('the embedded view renders payloads as text and links out safely', async ({ page, baseURL }) => {
  const watch = await watchPage(page, baseURL!)
  const data = payloadDataset() as unknown as { meta: { title: string }; events: PayloadEvent[] }
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ json: data }))
  const event = data.events[3]!
  await page.goto(`/?embed=1&e=${event.id}`)
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(event.title)
  await expect(page).toHaveTitle(`${event.title} · ${stripBidiControls(data.meta.title)}`)
  expect(await expectSafeLinks(page)).toBeGreaterThan(0)
  await watch.expectClean()
})

test('a "__proto__" key in the file is listed as a problem and pollutes nothing', async ({ page, baseURL }) => {
  const watch = await watchPage(page, baseURL!)
  const text = JSON.stringify(curated).replace(/^\{/, '{"__proto__":{"polluted":true},')
  await page.route(DATASET_ROUTE, (route) => route.fulfill({ contentType: 'application/json', body: text }))
  await page.goto('/')
  await expect(page.getByRole('alert').getByRole('list', { name: 'Problems' })).toContainText('$.__proto__: Field name "__proto__" is not allowed')
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false)
  await watch.expectClean()
})

test('actors named like Object.prototype’s keys get their own lanes, in the timeline and the list', async ({ page, app }) => {
  // The case reported: "Constructor; Keir Starmer", then lanes by actor, crashed the timeline.
  const csv = [
    'title,start,category,countries,actors,source_title,source_publisher,source_date',
    'Talks in London,2025-03-02,summit,GB,Constructor; Keir Starmer,Minutes,Archive,2025-03-03',
    'Talks in Paris,2025-03-11,summit,FR,__proto__; hasOwnProperty; toString,Minutes,Archive,2025-03-12',
  ].join('\n')
  await page.goto('/')
  await expect(app.results).toBeVisible()
  await page.getByRole('button', { name: 'Open data' }).click()
  await page.getByRole('dialog', { name: 'Open data' }).getByLabel('Open a file').setInputFiles({ name: 'names.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await expect(app.results).toHaveText('2 of 2 events')
  await page.getByRole('combobox', { name: 'Lanes by' }).selectOption('actor')
  await expect(page).toHaveURL(/lanes=actor/)
  // One copy of each event per actor's lane: 2 + 3.
  await expect(app.timelineEvents).toHaveCount(5)
  for (const name of ['Constructor', 'Keir Starmer', '__proto__', 'hasOwnProperty', 'toString']) await expect(page.getByText(name, { exact: true }).first()).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await page.getByRole('button', { name: 'List' }).click()
  await expect(page.getByRole('table').getByRole('button', { name: 'Talks in London' })).toBeVisible()
})
