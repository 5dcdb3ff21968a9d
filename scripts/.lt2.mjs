import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
await page.goto('http://127.0.0.1:4600/')
await page.getByRole('status').filter({ hasText: /\d+ of \d+ events/ }).waitFor()
const cdp = await page.context().newCDPSession(page)
await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' })
await page.getByRole('button', { name: 'Open data' }).click()
await page.getByRole('dialog', { name: 'Open data' }).getByLabel('Open a file').setInputFiles('/tmp/big.csv')
await page.getByRole('status').filter({ hasText: '100000 of' }).first().waitFor({ timeout: 120000 })
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r))
await cdp.send('Tracing.end'); const { stream } = await done
let data = ''; for (;;) { const c = await cdp.send('IO.read', { handle: stream }); data += c.data; if (c.eof) break }
const events = JSON.parse(data).traceEvents ?? JSON.parse(data)
const tasks = events.filter((e) => e.name === 'RunTask' && e.dur > 120000 && !String(e.args?.data?.url ?? "").includes("worker")).map((e) => ({ ts: e.ts, dur: e.dur, tid: e.tid }))
for (const t of tasks) {
  const inner = events.filter((e) => e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + t.dur && e.dur > 8000 && e.name !== 'RunTask').map((e) => `${e.name}${e.args?.data?.functionName ? ':' + e.args.data.functionName : ''}${e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop() + ':' + e.args.data.lineNumber : ''} ${Math.round(e.dur / 1000)}`)
  console.log(`task ${Math.round(t.dur / 1000)} ms:`, inner.slice(0, 25).join(' | '))
}
await browser.close()
