import { z } from 'zod'
import './zod-config'

/** Calendar dates only: "2025-02-30" is rejected, not rolled over to March. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
  }, 'Not a real calendar date')

/** Ids of events, actors and sources; they appear in links, so the URL parser reuses it. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lowercase slug such as "paris-summit"')
  .max(120)

const text = (max: number) => z.string().trim().min(1, 'Must not be empty').max(max)

/** http(s) only: a javascript: or data: URL in a dataset must never become a link. */
const webUrl = z
  .url({ protocol: /^https?$/, error: 'Expected an http(s) URL' })
  .max(2000)

export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'Expected an ISO 3166-1 alpha-2 code such as "FR"')

export const CATEGORIES = [
  'summit',
  'military',
  'negotiation',
  'ceasefire',
  'sanctions',
  'statement',
  'leak',
  'strike',
] as const
export const category = z.enum(CATEGORIES)

export const PRECISIONS = ['day', 'week', 'month'] as const
export const precision = z.enum(PRECISIONS)

export const PLACE_PRECISIONS = ['building', 'city', 'country'] as const

/** Where an event happened, in WGS 84, from a gazetteer that can be cited. */
export const place = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** How much the point stands for: the building itself, the city, or only the country. */
  precision: z.enum(PLACE_PRECISIONS),
  /** The gazetteer entry the coordinates were taken from, e.g. Wikidata "Q90" (Paris). */
  gazetteer: z.strictObject({
    name: text(200),
    id: text(200),
    url: webUrl.optional(),
  }),
})

export const citation = z.strictObject({
  source: slug,
  /** 1-based paragraph numbers of the source (blank-line separated). */
  paragraphs: z.array(z.int().min(1).max(100_000)).min(1).optional(),
  note: text(500).optional(),
})

export const quote = z.strictObject({
  text: text(2000),
  speaker: slug,
  source: citation,
})

export const dispute = z.strictObject({
  /** The claim as reported. */
  claim: text(1000),
  /** What the other reporting says instead. */
  note: text(2000),
  sources: z.array(citation).min(1),
})

export const event = z.strictObject({
  id: slug,
  title: text(300),
  /** A shorter label for the timeline, where room is scarce; the full title is shown everywhere else. */
  shortTitle: text(40).optional(),
  summary: text(4000),
  /** For week precision the Monday of that week; for month precision the 1st. */
  start: isoDate,
  /** Inclusive last day of a span known to the day. */
  end: isoDate.optional(),
  precision,
  /** How the date was established, e.g. "'this week' in an article of 27 Mar 2025". */
  dateNote: text(500).optional(),
  category,
  countries: z.array(countryCode).min(1),
  actors: z.array(slug),
  location: text(300).optional(),
  /** Coordinates of `location`; events at the same named location share them. */
  place: place.optional(),
  quotes: z.array(quote).default([]),
  sources: z.array(citation).min(1),
  disputes: z.array(dispute).default([]),
})

export const actor = z.strictObject({
  id: slug,
  name: text(200),
  role: text(300),
  /** Missing for people who act for an international body rather than a country. */
  country: countryCode.optional(),
})

export const source = z.strictObject({
  id: slug,
  publisher: text(200),
  title: text(500),
  date: isoDate,
  url: webUrl.optional(),
  author: text(200).optional(),
  /** Verbatim paragraphs, kept so readers can check a citation against its source. */
  paragraphs: z.array(text(5000)).min(1).optional(),
  note: text(1000).optional(),
})

const semver = z.string().regex(/^\d+\.\d+\.\d+$/, 'Expected a semantic version such as "1.0.0"')

/** One entry of the dataset's change log: what changed in a version, and why. */
export const change = z.strictObject({
  version: semver,
  kind: z.enum(['added', 'corrected', 'disputed', 'removed']),
  /** The events it concerns; ids stay valid, so old links keep working. */
  events: z.array(slug).default([]),
  note: text(2000),
})

export const meta = z.strictObject({
  title: text(200),
  description: text(2000),
  version: semver,
  updated: isoDate,
  licence: text(1000),
  method: text(4000),
  changes: z.array(change).optional(),
})

export const dataset = z.strictObject({
  $schema: z.string().max(2000).optional(),
  meta,
  sources: z.array(source),
  actors: z.array(actor),
  // An empty timeline is almost always a broken export, not a dataset.
  events: z.array(event).min(1, 'A dataset needs at least one event'),
})

export type Category = z.infer<typeof category>
export type Precision = z.infer<typeof precision>
export type Place = z.infer<typeof place>
export type Change = z.infer<typeof change>
export type Citation = z.infer<typeof citation>
export type Quote = z.infer<typeof quote>
export type Dispute = z.infer<typeof dispute>
export type TimelineEvent = z.infer<typeof event>
export type Actor = z.infer<typeof actor>
export type Source = z.infer<typeof source>
export type DatasetMeta = z.infer<typeof meta>
export type Dataset = z.infer<typeof dataset>
