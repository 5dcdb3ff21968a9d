import { z } from 'zod'
import './zod-config'
import { storySchema } from './story-schema'

/** Years a date may have: vis, Intl and the link format all handle them alike. */
export const YEAR_RANGE = { min: 1000, max: 2999 } as const
const yearInRange = (value: string) => {
  const year = Number(value.slice(0, 4))
  return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max
}
const YEAR_MESSAGE = `Years from ${YEAR_RANGE.min} to ${YEAR_RANGE.max} are supported`

/** Calendar dates only: "2025-02-30" is rejected, not rolled over to March. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date as YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
  }, 'Not a real calendar date')
  .refine(yearInRange, YEAR_MESSAGE)

/** The local date and time of day, then the UTC offset it was given in: "2025-03-27T14:30+01:00". */
export const TIMESTAMP_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/

/** A moment known to the minute, written with its own UTC offset so it can be shown in it. */
export const isoTimestamp = z
  .string()
  .regex(TIMESTAMP_PATTERN, 'Expected a time as YYYY-MM-DDTHH:MM with an offset, such as 2025-03-27T14:30+01:00')
  .refine((value) => {
    const [, day = '', hours, minutes, seconds = '0', offset = 'Z'] = TIMESTAMP_PATTERN.exec(value) ?? []
    const date = new Date(`${day}T00:00:00Z`)
    const offsetOk = offset === 'Z' || (Number(offset.slice(1, 3)) <= 14 && Number(offset.slice(4)) < 60)
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) && Number(hours) < 24 && Number(minutes) < 60 && Number(seconds) < 60 && offsetOk
  }, 'Not a real date and time')
  .refine(yearInRange, YEAR_MESSAGE)

/**
 * Event dates: a calendar day, or a timestamp for minute precision (integrity matches it to the
 * precision). The shape is told by the "T", so a bad value gets the one message that fits it.
 */
const EVENT_DATE_SHAPE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?$/
export const eventDate = z.string().regex(EVENT_DATE_SHAPE, 'Expected a date as YYYY-MM-DD, or a time as YYYY-MM-DDTHH:MM with an offset such as +01:00').superRefine((value, ctx) => {
  if (!EVENT_DATE_SHAPE.test(value)) return
  const result = (value.includes('T') ? isoTimestamp : isoDate).safeParse(value)
  for (const issue of result.error?.issues ?? []) ctx.addIssue({ code: 'custom', message: issue.message })
})

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

/** A colour as #rrggbb, so it can be mixed and checked for contrast. */
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Expected a colour as #rrggbb')

/** One kind of event in the dataset's own vocabulary; the order is the order of lanes and facets. */
export const categoryDefinition = z.strictObject({
  id: slug,
  label: text(80),
  /** Left out, it is given one from the app's colour-blind-safe palette. */
  colour: hexColour.optional(),
  description: text(500).optional(),
})

/** What a dataset that declares no categories gets: the curated dataset's vocabulary. */
export const DEFAULT_CATEGORIES: readonly CategoryDefinition[] = [
  { id: 'summit', label: 'Summits', colour: '#0072B2' },
  { id: 'military', label: 'Military', colour: '#009E73' },
  { id: 'negotiation', label: 'Negotiations', colour: '#E69F00' },
  { id: 'ceasefire', label: 'Ceasefire', colour: '#56B4E9' },
  { id: 'sanctions', label: 'Sanctions', colour: '#CC79A7' },
  { id: 'statement', label: 'Statements', colour: '#6B6B6B' },
  { id: 'leak', label: 'Leak', colour: '#D55E00' },
  { id: 'strike', label: 'Strikes', colour: '#F0E442' },
]

/** From coarsest to finest. */
export const PRECISIONS = ['year', 'month', 'week', 'day', 'minute'] as const
export const precision = z.enum(PRECISIONS)

export const PLACE_PRECISIONS = ['building', 'city', 'country'] as const

/** Where an event happened, in WGS 84, from a gazetteer that can be cited. */
export const place = z.strictObject({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** How much the point stands for: the building itself, the city, or only the country. */
  precision: z.enum(PLACE_PRECISIONS),
  /** The gazetteer entry the coordinates were taken from, e.g. Wikidata "Q90" (Paris). */
  gazetteer: z
    .strictObject({
      name: text(200),
      id: text(200),
      url: webUrl.optional(),
    })
    .optional(),
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
  /**
   * YYYY-MM-DD: for week precision the Monday of that week, for month the 1st, for year 1 January.
   * For minute precision a timestamp with its UTC offset.
   */
  start: eventDate,
  /** Inclusive last day of a span known to the day, or the end time of one known to the minute. */
  end: eventDate.optional(),
  precision,
  /** How the date was established, e.g. "'this week' in an article of 27 Mar 2025". */
  dateNote: text(500).optional(),
  /** One of the dataset's categories, by id. */
  category: slug,
  /** A finer kind within the category, kept from imports such as ACLED's sub_event_type. */
  subcategory: text(200).optional(),
  /** Empty when the event belongs to no country, or the dataset does not say. */
  countries: z.array(countryCode).default([]),
  actors: z.array(slug),
  location: text(300).optional(),
  /** Coordinates of `location`; events at the same named location share them. */
  place: place.optional(),
  quotes: z.array(quote).default([]),
  sources: z.array(citation).min(1),
  disputes: z.array(dispute).default([]),
  /** Reported deaths, as counted by the source (ACLED's `fatalities`). */
  fatalities: z.int().min(0).max(10_000_000).optional(),
})

/** A named stretch of time drawn behind the events, such as TimelineJS's eras. */
export const era = z.strictObject({
  title: text(300),
  start: isoDate,
  /** Inclusive last day. */
  end: isoDate,
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

/** The file format this app writes; older files are migrated when they are read (migrate.ts). */
export const FORMAT_VERSION = 2

/** A guided walk through the dataset: see story-schema.ts. */
export const story = storySchema({ slug, citation })

export const dataset = z.strictObject({
  $schema: z.string().max(2000).optional(),
  formatVersion: z.literal(FORMAT_VERSION, { error: `Expected formatVersion ${FORMAT_VERSION}` }),
  meta,
  categories: z.array(categoryDefinition).min(1).max(1000).default(() => [...DEFAULT_CATEGORIES]),
  eras: z.array(era).max(1000).default([]),
  sources: z.array(source),
  actors: z.array(actor),
  // An empty timeline is almost always a broken export, not a dataset.
  events: z.array(event).min(1, 'A dataset needs at least one event'),
  stories: z.array(story).optional(),
})

export type Category = string
export type CategoryDefinition = z.infer<typeof categoryDefinition>
export type Era = z.infer<typeof era>
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
