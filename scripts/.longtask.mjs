import { chromium } from '@playwright/test'
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
await page.goto('http://127.0.0.1:4600/')
await page.getByRole('status').filter({ hasText: /\d+ of \d+ events/ }).waitFor()
await page.evaluate(() => {
  window.__long = []
  new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__long.push(Math.round(e.duration)) }).observe({ type: 'longtask', buffered: false })
})
const N = Number(process.env.ROWS ?? 100000)
const header = 'title,start,category,countries,source_title,source_publisher,source_date'
const rows = Array.from({ length: N }, (_, i) => `Meeting number ${i} of the planners,2025-03-${String((i % 28) + 1).padStart(2, '0')},summit,FR,Minutes ${i},Archive,2025-04-01`)
;(await import('node:fs')).writeFileSync('/tmp/big.csv', [header, ...rows].join('\n'))
const t0 = Date.now()
await page.getByRole('button', { name: 'Open data' }).click()
await page.getByRole('dialog', { name: 'Open data' }).getByLabel('Open a file').setInputFiles('/tmp/big.csv')
await page.getByRole('status').filter({ hasText: `${N.toLocaleString('en')} of` }).or(page.getByRole('status').filter({ hasText: `${N} of` })).first().waitFor({ timeout: 120000 })
console.log(`rows ${N}: opened in ${Date.now() - t0} ms; long tasks (ms):`, JSON.stringify(await page.evaluate(() => window.__long.sort((a, b) => b - a).slice(0, 10))))
await browser.close()
