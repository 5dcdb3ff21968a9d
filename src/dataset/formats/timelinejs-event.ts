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
  const dates = mapTimelineDates(record.start_date, record.end_date, record.display_date)
  if (!dates.ok) return { ok: false as const, problems: [{ path: `${at}.${dates.field}`, message: dates.message }] }
  const body = isRecord(record.text) ? record.text : {}
  const warnings: Problem[] = dates.warnings.map((message) => ({ path: `${at}.end_date`, message }))
  const title = slideTitle(text(body.headline), text(body.text), isRecord(record.media) ? text(record.media.caption) : '', `${at}.text.headline`, warnings)
  const group = typeof record.group === 'string' ? text(record.group) : ''
  const dateNote = dates.notes.join(' ').slice(0, 500) || undefined
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
      dateNote,
      actors: [],
    },
  }
}

const TITLE_FROM_TEXT = 100

/**
 * TimelineJS lets a slide show only text or media: without a headline, the title is the start of its
 * text (or the media caption), cut at a word, and a warning says so. With neither, it stays empty.
 */
function slideTitle(headline: string, body: string, caption: string, at: string, warnings: Problem[]): string {
  if (headline) return headline
  const from = body || caption
  if (!from) return ''
  const cut = from.length <= TITLE_FROM_TEXT ? from : `${from.slice(0, TITLE_FROM_TEXT).replace(/\s+\S*$/, '')}…`
  warnings.push({ path: at, message: `No headline; the title is the start of its ${body ? 'text' : 'media caption'}` })
  return cut
}

/** An http(s) address; a protocol-relative `//host/…` one (common in TimelineJS files) is read as https. */
function mediaHref(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return safeHref(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed)
}

function droppedMediaMessage(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : ''
  if (text.startsWith('<')) return 'The media is embedded HTML (a quote or an embed), not a link; it is not kept'
  if (text.startsWith('/')) return 'The media is a path on the site the timeline was published on, with no address to link; it is not kept'
  return 'Only http(s) links are kept; this one was dropped'
}

/** media.credit names the source; only an http(s) media.url is kept as its link. */
function readMedia(media: unknown, headline: string, at: string, warnings: Problem[]): SourceDraft | undefined {
  if (!isRecord(media)) return undefined
  // The media is a link to the source: the app never loads it (no embeds, no previews).
  const url = mediaHref(media.url) ?? mediaHref(media.link)
  if (media.url && !url) warnings.push({ path: `${at}.url`, message: droppedMediaMessage(media.url) })
  const credit = text(media.credit)
  const publisher = credit || (url ? new URL(url).hostname : '')
  if (!publisher) return undefined
  return { publisher, title: text(media.caption) || headline || publisher, ...(url ? { url } : {}) }
}
