import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { expect, test } from './test'
import type { Page } from '@playwright/test'
import ICAL from 'ical.js'
import { curated } from './dataset'
import { detail, detailHeading, timelineEvent } from './locators'

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))

async function openFile(page: Page, path: string) {
  await page.getByRole('button', { name: 'Open data' }).click()
  await page.getByRole('dialog', { name: 'Open data' }).getByLabel('Open a file').setInputFiles(path)
}

async function download(page: Page, name: RegExp): Promise<{ fileName: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('dialog').getByRole('button', { name }).click()])
  const path = await file.path()
  return { fileName: file.suggestedFilename(), text: readFileSync(path, 'utf8') }
}

test.beforeEach(async ({ page, app }) => {
  await page.goto('/')
  await expect(app.results).toBeVisible()
})

test('opening a CSV file shows its events', async ({ page, app }) => {
  await openFile(page, fixture('events.csv'))
  await expect(app.results).toHaveText('3 of 3 events')
  await page.getByRole('button', { name: 'List' }).click()
  await expect(page.getByRole('table').getByRole('button', { name: 'Leaders visit Kyiv' })).toBeVisible()
  await expect(page.getByRole('table').getByText('week of 12 May 2025')).toBeVisible()
})

test('opening a TimelineJS3 file shows its events as plain text', async ({ page, app }) => {
  await openFile(page, fixture('timelinejs.json'))
  await expect(app.results).toHaveText('2 of 2 events')
  await page.getByRole('button', { name: 'List' }).click()
  await page.getByRole('table').getByRole('button', { name: 'London summit' }).click()
  await expect(page.getByRole('complementary').getByText('Leaders meet at Lancaster House.')).toBeVisible()
})

test('a file with bad rows shows the good ones and lists the bad ones', async ({ page, app }) => {
  await openFile(page, fixture('bad-rows.csv'))
  await expect(app.results).toHaveText('2 of 2 events')
  const problems = page.getByText(/problems? in this file/)
  await problems.click()
  const list = page.getByRole('list', { name: 'Problems in the opened file' })
  await expect(list).toContainText('row 3, column "start"')
  await expect(list).toContainText('row 4, column "category"')
})

test('exports of the current view parse back: CSV and JSON re-open, the calendar validates', async ({ page, app }) => {
  await page.getByRole('checkbox', { name: /^France/ }).check()
  const count = Number((await app.results.innerText()).split(' ')[0])

  await page.getByRole('button', { name: 'Export & cite' }).click()
  const csv = await download(page, /CSV/)
  expect(csv.fileName).toMatch(/^coalition-of-the-willing.*\d{4}-\d{2}-\d{2}\.csv$/)
  const json = await download(page, /JSON/)
  expect(json.fileName).toMatch(/\.json$/)
  const ics = await download(page, /Calendar/)
  const calendar = new ICAL.Component(ICAL.parse(ics.text))
  expect(calendar.getAllSubcomponents('vevent')).toHaveLength(count)

  await page.keyboard.press('Escape')
  for (const file of [csv, json]) {
    await page.getByRole('button', { name: 'Open data' }).click()
    await page.getByRole('dialog', { name: 'Open data' }).getByLabel('Open a file').setInputFiles({
      name: file.fileName,
      mimeType: 'text/plain',
      buffer: Buffer.from(file.text),
    })
    await expect(app.results).toHaveText(`${count} of ${count} events`)
  }
})

test('cite this view gives title, version, access date and the view link', async ({ page }) => {
  await page.getByRole('checkbox', { name: /^France/ }).check()
  await page.getByRole('button', { name: 'Export & cite' }).click()
  const citation = page.getByLabel('Citation')
  await expect(citation).toContainText(`${curated.meta.title} (version ${curated.meta.version}). Coalition Timeline. Accessed`)
  await expect(citation).toContainText('?c=FR')
})

test('?data= opens a dataset from a URL, and the link keeps it', async ({ page, app }) => {
  const csv = readFileSync(fixture('events.csv'), 'utf8')
  await page.route('https://data.example.org/**', (route) =>
    route.fulfill({ body: csv, contentType: 'text/csv', headers: { 'Access-Control-Allow-Origin': '*' } }),
  )
  await page.goto(`/?data=${encodeURIComponent('https://data.example.org/events.csv')}`)
  await expect(app.results).toHaveText('3 of 3 events')
  await page.getByRole('checkbox', { name: /^Ukraine/ }).check()
  const url = new URL(page.url())
  expect(url.searchParams.get('data')).toBe('https://data.example.org/events.csv')
  expect(url.searchParams.get('c')).toBe('UA')
})

test('a ?data= URL that fails says why, and the curated dataset is one click away', async ({ page, app }) => {
  await page.route('https://data.example.org/**', (route) => route.fulfill({ status: 404, body: 'not here' }))
  await page.goto(`/?data=${encodeURIComponent('https://data.example.org/missing.json')}`)
  await expect(page.getByRole('alert')).toContainText('404')
  await page.getByRole('button', { name: 'Open data' }).click()
  await page.getByRole('button', { name: 'Back to the curated dataset' }).click()
  // The old error goes with the source it belonged to: no Retry needed.
  await expect(app.results).toHaveText(`${curated.events.length} of ${curated.events.length} events`)
  await expect(page.getByRole('alert')).toBeHidden()
  expect(new URL(page.url()).searchParams.get('data')).toBeNull()
})

test('a plain-http ?data= URL on another site is refused at once with the reason, not fetched', async ({ page, app }) => {
  const requested: string[] = []
  page.on('request', (request) => void (request.url().startsWith('http://data.example.org') && requested.push(request.url())))
  await page.goto(`/?data=${encodeURIComponent('http://data.example.org/events.csv')}`)
  await expect(page.getByText(/needs an https:\/\/ address/)).toBeVisible()
  await expect(app.results).toHaveText(`${curated.events.length} of ${curated.events.length} events`)
  expect(requested).toEqual([])

  await page.getByRole('button', { name: 'Open data' }).click()
  // Said before anything is typed, and read out with the field.
  await expect(page.getByLabel('Or open a URL')).toHaveAccessibleDescription(/must start with https:\/\//)
  await page.getByLabel('Or open a URL').fill('http://data.example.org/events.csv')
  await page.getByLabel('Or open a URL').press('Enter')
  await expect(page.getByRole('dialog').getByText(/needs an https:\/\/ address/)).toBeVisible()
  expect(requested).toEqual([])
})

test('a file that fails to open leaves the dataset and the view as they were, and says why', async ({ page, app }) => {
  const view = '?c=FR&k=summit&view=list&e=paris-summit'
  await page.goto(`/${view}`)
  const shown = await app.results.textContent()
  await openFile(page, fixture('not-a-dataset.json'))
  await expect(page.getByRole('alert')).toContainText('not-a-dataset.json could not be opened')
  expect(new URL(page.url()).search).toBe(view)
  await expect(app.results).toHaveText(shown ?? '')
  await expect(page.getByRole('table')).toBeVisible()

  // A good file then opens as usual; Back returns to the curated view the reader had, Forward to the file.
  await openFile(page, fixture('events.csv'))
  await expect(app.results).toHaveText('3 of 3 events')
  await expect(page.getByRole('alert')).toBeHidden()
  await page.goBack()
  await expect(app.results).toHaveText(shown ?? '')
  expect(new URL(page.url()).search).toBe(view)
  await page.goForward()
  await expect(app.results).toHaveText('3 of 3 events')
})

test('a URL that fails to open leaves the opened file on screen', async ({ page, app }) => {
  await page.route('https://data.example.org/**', (route) => route.fulfill({ status: 404, body: 'not here' }))
  await openFile(page, fixture('events.csv'))
  await expect(app.results).toHaveText('3 of 3 events')
  await page.getByRole('button', { name: 'Open data' }).click()
  await page.getByLabel('Or open a URL').fill('https://data.example.org/missing.json')
  await page.getByLabel('Or open a URL').press('Enter')
  await expect(page.getByRole('alert')).toContainText('could not be opened')
  await expect(page.getByRole('alert')).toContainText('404')
  await expect(app.results).toHaveText('3 of 3 events')
  expect(new URL(page.url()).searchParams.get('data')).toBeNull()
})

/** A CSV of `rows` meetings, each citing its own minutes. */
function bigCsv(rows: number): string {
  const header = 'title,start,category,countries,source_title,source_publisher,source_date'
  const lines = Array.from({ length: rows }, (_, i) => `Meeting number ${i} of the planners in a long title,2025-03-${String((i % 28) + 1).padStart(2, '0')},summit,FR,Minutes ${i},Archive,2025-04-01`)
  return [header, ...lines].join('\n')
}

test('a large file is imported in the background and opens with every row', async ({ page, app }) => {
  const text = bigCsv(6000)
  expect(text.length).toBeGreaterThan(200_000) // past the size that goes to the import worker
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await page.getByRole('button', { name: 'Open data' }).click()
  await page.getByRole('dialog', { name: 'Open data' }).getByLabel('Open a file').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(text) })
  await expect(app.results).toHaveText('6000 of 6000 events')
  expect(workers).toHaveLength(1)
  // The last row came in the worker's sixth message, which refers back to strings the first one sent.
  await page.getByRole('searchbox', { name: 'Search' }).fill('number 5999 of')
  await expect(app.results).toHaveText('1 of 6000 events')
  await timelineEvent(page, 'Meeting number 5999 of the planners in a long title').click()
  await expect(detailHeading(page)).toHaveText('Meeting number 5999 of the planners in a long title')
  await expect(detail(page)).toContainText('8 Mar 2025')
  await expect(detail(page)).toContainText('France')
  await expect(detail(page)).toContainText('Archive, “Minutes 5999”, 1 April 2025')
})

test('a large import shows how far it has got, and Stop ends it and keeps what was open', async ({ page, app }) => {
  const view = '?c=FR&view=list'
  await page.goto(`/${view}`)
  const shown = await app.results.textContent()
  const worker = page.waitForEvent('worker')
  await page.getByRole('button', { name: 'Open data' }).click()
  // Seconds of work in the worker: long enough to be stopped halfway.
  const file = { name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.from(bigCsv(40_000)) }
  await page.getByRole('dialog', { name: 'Open data' }).getByLabel('Open a file').setInputFiles(file)
  const opening = page.getByRole('status').filter({ hasText: 'Opening huge.csv…' })
  await expect(opening).toContainText(/of 40,000 rows checked/)
  const closed = (await worker).waitForEvent('close')
  await opening.getByRole('button', { name: 'Stop' }).click()
  await closed
  await expect(opening).toBeHidden()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(app.results).toHaveText(shown ?? '')
  expect(new URL(page.url()).search).toBe(view)
})
