import { expect, test } from './test'
import type { Page } from '@playwright/test'
import { PAYLOAD_MARK, PWNED, watchPage } from './trust-watch'
import { results } from './locators'

/**
 * Links from strangers: whatever the query or hash, the app loads, stays usable, runs nothing
 * from the link and requests nothing outside its own origin. Queries stay under the preview
 * server's 16 KB header limit; bigger ones arrive through the hash or history below.
 */
const XSS = `<img ${PAYLOAD_MARK} src=x onerror="window.${PWNED}=1;alert(1)">`
const enc = encodeURIComponent

/** 'notice': the app says part of the link was ignored; 'data': a dataset link, see below. */
type Expect = 'notice' | 'quiet' | 'embed' | 'data'

const HOSTILE: [name: string, path: string, expect: Expect][] = [
  ['script in the event id and search', `/?e=${enc('<script>alert(1)</script>')}&q=${enc(XSS)}`, 'notice'],
  ['prototype-pollution keys', '/?__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__.polluted=1&__proto__=x', 'notice'],
  ['repeated keys', '/?view=list&view=timeline&e=a&e=b&c=FR&c=GB&lanes=actor&lanes=country', 'notice'],
  ['thousands of bogus countries', `/?c=${'ZZ,'.repeat(3000)}`, 'notice'],
  ['a 12 KB search of emoji', `/?q=${'%F0%9F%92%A3'.repeat(1000)}`, 'notice'],
  ['absurd dates, windows and choices', '/?t=NaN~Infinity&from=2025-02-30&to=0000-00-00&lanes=__proto__&view=constructor', 'notice'],
  ['broken percent-encoding and control characters', '/?%E0%A4%A=%FF&c=%FF%FE&q=%00%0A%0D%E2%80%AE', 'notice'],
  ['a javascript: dataset URL', `/?data=${enc(`javascript:window.${PWNED}=1`)}&embed=0`, 'data'],
  ['a third-party dataset URL', `/?data=${enc('https://evil.invalid/d.json')}`, 'data'],
  ['markup in the hash', `/#${enc(XSS)}`, 'quiet'],
  ['a 1 MB hash', `/#${'x'.repeat(1_000_000)}`, 'quiet'],
  ['three hundred unknown keys', `/?${Array.from({ length: 300 }, (_, i) => `k${i}=${i}`).join('&')}`, 'notice'],
  ['bidi overrides and an overlong actor id', `/?q=${enc('\u202Eevil\u202D')}&a=${'a-'.repeat(200)}a`, 'notice'],
  ['path traversal in the embedded view', `/?embed=1&e=${enc('../../etc/passwd')}&t=1~2`, 'embed'],
]


/** The reader can switch views and open an event; a link that filters everything out says so. */
async function expectUsable(page: Page, loadTimeout?: number) {
  await expect(results(page)).toBeVisible({ timeout: loadTimeout })
  await page.getByRole('button', { name: 'List' }).click()
  const rows = page.getByRole('table').getByRole('row')
  await expect(rows.or(page.getByText('No events match these filters.')).first()).toBeVisible()
  if ((await rows.count()) < 2) return
  const first = rows.nth(1).getByRole('button').first()
  const title = await first.innerText()
  await first.click()
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toHaveText(title)
}

async function expectPrototypeClean(page: Page) {
  expect(await page.evaluate(() => Object.getOwnPropertyNames(Object.prototype).includes('polluted') || 'polluted' in {})).toBe(false)
}

for (const [name, path, expected] of HOSTILE) {
  test(`a link with ${name} leaves the app working`, async ({ page, app, baseURL }) => {
    // DevTools copies the page's address into each network event it sends the test runner, so a
    // 1 MB address loads in 7.5 s under test against 1 s for a short one (measured alone): the
    // harness's cost, not the reader's. The app itself drops the hash at once.
    const hugeAddress = path.length > 100_000
    test.slow(hugeAddress)
    const watch = await watchPage(page, baseURL!)
    await page.goto(path)
    if (expected === 'embed') {
      await expect(page.getByRole('link', { name: /Open this view in Coalition Timeline/ })).toBeVisible()
      await expect(app.timelineEvents.first()).toBeVisible({ timeout: 15_000 })
    } else if (expected === 'data') {
      // Whether the app shows the curated data or explains why the linked file cannot load, the page
      // must answer; the only request that may leave is for the https dataset the link itself names.
      await expect(app.results.or(page.getByRole('alert')).first()).toBeVisible({ timeout: 15_000 })
    } else {
      if (expected === 'notice') await expect(page.getByText('Part of this link was ignored:')).toBeVisible()
      await expectUsable(page, hugeAddress ? 45_000 : undefined)
      // A fragment means nothing here: it is not carried into history writes and share links.
      if (expected === 'quiet') expect(new URL(page.url()).hash).toBe('')
    }
    await expectPrototypeClean(page)
    await watch.expectClean(expected === 'data' ? { allowRequests: /^https:\/\/evil\.invalid\/d\.json$/ } : {})
  })
}

test('a megabyte of query arriving through history leaves the app working', async ({ page, app, baseURL }) => {
  const watch = await watchPage(page, baseURL!)
  await page.goto('/')
  await expect(app.results).toBeVisible()
  await page.evaluate((xss) => {
    const huge = `?q=${encodeURIComponent(xss).repeat(20_000)}&c=${'FR,'.repeat(100_000)}&__proto__=1`
    history.pushState(null, '', huge)
    dispatchEvent(new PopStateEvent('popstate'))
  }, XSS)
  await expect(page.getByText('Part of this link was ignored:')).toBeVisible()
  await page.goBack()
  await expectUsable(page)
  await expectPrototypeClean(page)
  await watch.expectClean()
})
