import type { Problem } from '../problems'
import { htmlToText } from './html-to-text'
import { mapTimelineDates } from './timelinejs-dates'
import { safeHref } from '../web-url'
import { isRecord } from './zod-problems'

const text = (value: unknown): string => (typeof value === 'string' ? htmlToText(value) : '')

export type SourceDraft = { publisher: string; title: string; url?: string }

/** The event fields of one TimelineJS slide (ids and sources are the caller's), or why it cannot be used. */
export function readSlide(slide: unknown, at: string) {
  const record = isRecord(slide) ? slide : {}
  const dates = mapTimelineDates(record.start_date, record.end_date)
  if (!dates.ok) return { ok: false as const, problems: [{ path: `${at}.${dates.field}`, message: dates.message }] }
  const body = isRecord(record.text) ? record.text : {}
  const title = text(body.headline)
  const warnings: Problem[] = []
  const group = typeof record.group === 'string' ? text(record.group) : ''
  return {
    ok: true as const,
    warnings,
    /** An empty text repeats the headline, so a missing headline is reported once, not twice. */
    summaryFromTitle: !text(body.text),
    uniqueId: typeof record.unique_id === 'string' ? record.unique_id : '',
    group,
    source: readMedia(record.media, title, `${at}.media`, warnings),
    fields: {
      title: title || undefined,
      summary: text(body.text) || title || undefined,
      start: dates.start,
      end: dates.end,
      precision: dates.precision,
      actors: [],
    },
  }
}

/** media.credit names the source; only an http(s) media.url is kept as its link. */
function readMedia(media: unknown, headline: string, at: string, warnings: Problem[]): SourceDraft | undefined {
  if (!isRecord(media)) return undefined
  const url = safeHref(media.url)
  if (media.url && !url) warnings.push({ path: `${at}.url`, message: 'Only http(s) links are kept; this one was dropped' })
  const credit = text(media.credit)
  const publisher = credit || (url ? new URL(url).hostname : '')
  if (!publisher) return undefined
  return { publisher, title: text(media.caption) || headline || publisher, ...(url ? { url } : {}) }
}
