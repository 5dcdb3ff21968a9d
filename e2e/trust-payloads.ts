import { curated } from './dataset'
import { PAYLOAD_MARK, PWNED } from './trust-watch'

/** Markup and script that would act if any of it were ever parsed as HTML or run. */
export const PAYLOADS = [
  `<img ${PAYLOAD_MARK} src="https://evil.invalid/pixel.png" onerror="window.${PWNED}=1;alert('img')">`,
  `<script ${PAYLOAD_MARK}>window.${PWNED}=1;alert('script')</script>`,
  `<svg ${PAYLOAD_MARK} onload="window.${PWNED}=1;alert('svg')"></svg>`,
  `"><iframe ${PAYLOAD_MARK} src="javascript:alert('iframe')"></iframe>`,
  `<a ${PAYLOAD_MARK} href="javascript:alert('link')">javascript:alert('link')</a>`,
  `<link ${PAYLOAD_MARK} rel="stylesheet" href="https://evil.invalid/x.css"><style ${PAYLOAD_MARK}>body{display:none}</style>`,
  `<object ${PAYLOAD_MARK} data="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="></object>`,
  `{{constructor.constructor('alert(1)')()}} \${alert(1)} <img ${PAYLOAD_MARK} src=x onerror=alert(1)//`,
]
const TEXT_KEYS = new Set(['title', 'summary', 'dateNote', 'location', 'description', 'licence', 'method', 'publisher', 'author', 'note', 'name', 'role', 'claim', 'text'])

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** The curated dataset with every free-text field replaced by a numbered payload, ids and dates kept. */
export function payloadDataset(): { [key: string]: Json } {
  let n = 0
  const payload = () => `T${++n} ${PAYLOADS[n % PAYLOADS.length]}`
  const walk = (value: Json, key = ''): Json => {
    if (Array.isArray(value)) return value.map((item) => (key === 'paragraphs' && typeof item === 'string' ? payload() : walk(item)))
    if (value === null || typeof value !== 'object') return value
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        if (TEXT_KEYS.has(k) && typeof v === 'string') return [k, payload()]
        // At most 40 characters, so a short payload: markup all the same.
        if (k === 'shortTitle') return [k, `S${++n} <img src=x onerror=alert(1)>`]
        // Valid http(s), but full of markup: must stay an inert, escaped href.
        if (k === 'url') return [k, `https://evil.invalid/"><img ${PAYLOAD_MARK} src=x onerror=alert(1)>`]
        return [k, walk(v, k)]
      }),
    )
  }
  return walk(structuredClone(curated) as unknown as Json) as { [key: string]: Json }
}

