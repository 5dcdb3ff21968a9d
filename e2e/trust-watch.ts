import { expect, type Page } from '@playwright/test'

/** What a hostile input must never cause; collected for the whole life of a page. */
export type Watch = {
  dialogs: string[]
  /** Requests to anywhere but the app's own origin, data: URLs included, that the CSP did not stop. */
  foreignRequests: () => string[]
  pageErrors: string[]
  /** Read from the page: Content-Security-Policy violations it reported. */
  cspViolations: () => Promise<string[]>
  /**
   * Everything above is empty, no payload element exists and no payload script ran.
   * `allowCsp` names violations that are the expected outcome (the CSP stopping a request).
   */
  expectClean: (options?: { allowCsp?: RegExp; allowRequests?: RegExp }) => Promise<void>
}

/** Set by every script payload, should one ever run. */
export const PWNED = '__pwned'
/** Carried by every element a payload would create, should one ever be parsed as HTML. */
export const PAYLOAD_MARK = 'data-pwn'

export async function watchPage(page: Page, origin: string): Promise<Watch> {
  const watch = {
    dialogs: [] as string[],
    pageErrors: [] as string[],
  }
  const foreign: string[] = []
  const blocked = new Set<string>()
  page.on('dialog', (dialog) => {
    watch.dialogs.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  page.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(`${origin}/`)) foreign.push(url)
  })
  page.on('requestfailed', (request) => {
    if (/BLOCKED_BY_CSP/i.test(request.failure()?.errorText ?? '')) blocked.add(request.url())
  })
  const foreignRequests = () => foreign.filter((url) => !blocked.has(url)).map((url) => url.slice(0, 200))
  page.on('pageerror', (error) => watch.pageErrors.push(error.message))
  await page.addInitScript(() => {
    const seen: string[] = []
    Object.defineProperty(window, '__cspViolations', { value: seen })
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`))
  })
  const cspViolations = () => page.evaluate(() => [...((window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])])
  return {
    ...watch,
    foreignRequests,
    cspViolations,
    expectClean: async ({ allowCsp, allowRequests } = {}) => {
      expect(watch.dialogs, 'dialogs opened').toEqual([])
      expect(foreignRequests().filter((url) => !allowRequests?.test(url)), 'requests that left the app').toEqual([])
      expect(watch.pageErrors, 'uncaught errors').toEqual([])
      const violations = (await cspViolations()).filter((v) => !allowCsp?.test(v))
      expect(violations, 'CSP violations').toEqual([])
      await expect(page.locator(`[${PAYLOAD_MARK}]`), 'elements built from payloads').toHaveCount(0)
      expect(await page.evaluate((key) => key in window, PWNED), 'a payload script ran').toBe(false)
    },
  }
}

/** Every link goes to http(s) or stays on the page, and a new-tab link cannot reach back. */
export async function expectSafeLinks(page: Page): Promise<number> {
  const links = await page.locator('a[href]').evaluateAll((anchors) =>
    anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, target: a.getAttribute('target'), rel: a.getAttribute('rel') ?? '' })),
  )
  for (const link of links) {
    expect(new URL(link.href).protocol, link.href).toMatch(/^https?:$/)
    if (link.target === '_blank') expect(link.rel.split(/\s+/), link.href).toEqual(expect.arrayContaining(['noopener', 'noreferrer']))
  }
  return links.length
}
