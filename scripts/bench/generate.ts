import type { Actor, Citation, Dataset, Source, TimelineEvent } from '../../src/dataset/schema.ts'
import { DEFAULT_CATEGORIES, FORMAT_VERSION } from '../../src/dataset/schema.ts'

const CATEGORIES = ['summit', 'military', 'negotiation', 'ceasefire', 'sanctions', 'statement', 'leak', 'strike'] as const
type Category = (typeof CATEGORIES)[number]
import { DAY_MS as DAY } from '../../src/domain/dates.ts'
import { createRandom, type Random } from './prng.ts'

const FIRST_DAY = Date.UTC(2023, 0, 2)
const LAST_DAY = Date.UTC(2025, 11, 28)

/** Most events involve a few big players; the long tail keeps facet lists realistic. */
const COUNTRIES = [
  'UA', 'GB', 'FR', 'US', 'DE', 'RU', 'PL', 'IT', 'CA', 'NL', 'SE', 'FI', 'NO', 'DK', 'ES', 'BE', 'EE', 'LV', 'LT', 'RO',
  'CZ', 'AU', 'JP', 'TR', 'SA', 'HU', 'SK', 'PT', 'IE', 'AT', 'GR', 'BG', 'HR', 'SI', 'LU', 'IS', 'NZ', 'CN', 'IN', 'BR',
] as const

const FIRST_NAMES = ['Anna', 'Marc', 'Olena', 'James', 'Sofia', 'Piotr', 'Ingrid', 'Luca', 'Mette', 'Jan', 'Élise', 'Oleksandr', 'Kaja', 'Rafael', 'Hannah', 'Mikko', 'Giorgia', 'Friedrich', 'Dmytro', 'Ursula', 'Zoë', 'Tomás', 'Ayşe', 'Kenji']
const LAST_NAMES = ['Kovalenko', 'Dubois', 'Smith', 'Nowak', 'Lindqvist', 'Rossi', 'Jensen', 'de Vries', 'Müller', 'Kallas', 'Sánchez', 'Martin', 'Shevchenko', 'Virtanen', 'Costa', 'Novák', 'Öztürk', 'Tanaka', 'Murphy', 'Schmidt']
const ROLES = ['Prime Minister', 'President', 'Foreign Minister', 'Defence Minister', 'Chief of the Defence Staff', 'National Security Adviser', 'Ambassador', 'Finance Minister', 'Special Envoy', 'Spokesperson']
const PLACES = ['Paris', 'London', 'Kyiv', 'Brussels', 'Washington', 'Riyadh', 'Jeddah', 'Warsaw', 'Berlin', 'Rome', 'Helsinki', 'Istanbul', 'Geneva', 'Élysée Palace, Paris', 'Lancaster House, London', 'NATO headquarters, Brussels']
/** Rough centres of the places above, for scattering ACLED-style points round them. */
const CENTRES: Record<string, [number, number]> = {
  Paris: [48.85, 2.35], London: [51.51, -0.13], Kyiv: [50.45, 30.52], Brussels: [50.85, 4.35], Washington: [38.9, -77.04],
  Riyadh: [24.69, 46.72], Jeddah: [21.52, 39.22], Warsaw: [52.23, 21.01], Berlin: [52.52, 13.4], Rome: [41.9, 12.5],
  Helsinki: [60.17, 24.94], Istanbul: [41.01, 28.96], Geneva: [46.2, 6.14],
}
const centreOf = (place: string): [number, number] => CENTRES[place.split(', ').at(-1) ?? place] ?? [50, 10]

const TOPICS = ['air defence', 'ceasefire monitoring', 'sanctions on oil exports', 'Black Sea shipping', 'security guarantees', 'frozen assets', 'energy infrastructure', 'reassurance force', 'prisoner exchange', 'minerals deal', 'drone production', 'grain corridor']
const VERBS: Record<Category, readonly string[]> = {
  summit: ['Leaders meet on', 'Summit on', 'Heads of government discuss'],
  military: ['Military chiefs plan', 'Defence ministers review', 'Staff talks on'],
  negotiation: ['Talks on', 'Delegations negotiate', 'Envoys discuss'],
  ceasefire: ['Ceasefire proposal on', 'Partial truce covering', 'Monitoring arrangement for'],
  sanctions: ['New sanctions package on', 'Sanctions relief sought on', 'Restrictions tightened on'],
  statement: ['Statement on', 'Joint declaration on', 'Minister comments on'],
  leak: ['Leaked messages reveal plans on', 'Report discloses internal debate on', 'Documents show doubts on'],
  strike: ['Strike hits', 'Overnight attack on', 'Drone strike damages'],
}

type Generated = { dataset: Dataset; stats: { events: number; actors: number; sources: number } }

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

function makeActors(random: Random, count: number): Actor[] {
  const actors: Actor[] = []
  for (let i = 0; i < count; i++) {
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`
    const international = random.chance(0.08)
    actors.push({
      id: `actor-${i + 1}`,
      name,
      role: international ? `${random.pick(ROLES)}, international organisation` : random.pick(ROLES),
      ...(international ? {} : { country: random.skewed(COUNTRIES) }),
    })
  }
  return actors
}

function makeSources(random: Random, count: number): Source[] {
  return Array.from({ length: count }, (_, i) => {
    const paragraphs = random.chance(0.6)
      ? Array.from({ length: random.int(3, 12) }, (_, p) => `Paragraph ${p + 1} of report ${i + 1} on ${random.pick(TOPICS)}.`)
      : undefined
    return {
      id: `source-${i + 1}`,
      publisher: `Publisher ${(i % 37) + 1}`,
      title: `Report ${i + 1}: ${random.pick(TOPICS)}`,
      date: isoDay(FIRST_DAY + random.int(0, (LAST_DAY - FIRST_DAY) / DAY) * DAY),
      ...(random.chance(0.8) ? { url: `https://news.example.org/${i + 1}` } : {}),
      ...(paragraphs ? { paragraphs } : {}),
    }
  })
}

function cite(random: Random, sources: readonly Source[]): Citation {
  const source = random.pick(sources)
  const count = source.paragraphs?.length ?? 0
  return count && random.chance(0.7) ? { source: source.id, paragraphs: [random.int(1, count)] } : { source: source.id }
}

/** Start day of an event: most cluster around news bursts, the rest spread evenly. */
function pickDay(random: Random, bursts: readonly number[]): number {
  const days = (LAST_DAY - FIRST_DAY) / DAY
  const day = random.chance(0.65)
    ? Math.round(random.pick(bursts) + random.normal() * random.pick([1, 3, 8]))
    : random.int(0, days)
  return FIRST_DAY + Math.min(Math.max(day, 0), days) * DAY
}

function makeTitle(random: Random, category: Category, place: string): string {
  const base = `${random.pick(VERBS[category])} ${random.pick(TOPICS)}`
  if (random.chance(0.25)) return `${base} in ${place} as allies weigh ${random.pick(TOPICS)} and ${random.pick(TOPICS)} ahead of the next round`
  return random.chance(0.3) ? `${random.pick(TOPICS)} talks` : base
}

function makeEvent(random: Random, i: number, bursts: readonly number[], actors: readonly Actor[], sources: readonly Source[]): TimelineEvent {
  const category = random.pick(CATEGORIES)
  const place = random.pick(PLACES)
  const title = makeTitle(random, category, place)
  const roll = random.next()
  const precision = roll < 0.82 ? 'day' : roll < 0.94 ? 'week' : 'month'
  let startMs = pickDay(random, bursts)
  if (precision === 'week') startMs -= ((new Date(startMs).getUTCDay() + 6) % 7) * DAY
  if (precision === 'month') startMs = Date.UTC(new Date(startMs).getUTCFullYear(), new Date(startMs).getUTCMonth(), 1)
  const span = precision === 'day' && random.chance(0.25) ? random.int(1, 20) : 0
  const eventActors = random.sample(actors, random.pick([0, 1, 1, 2, 2, 3, 4]))
  const speaker = eventActors[0]
  const slugWords = title.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60).replace(/-$/, '')
  return {
    id: `e${i + 1}-${slugWords}`,
    title,
    summary: `${title}. Officials from several countries discussed ${random.pick(TOPICS)}; ${random.chance(0.5) ? 'no agreement was announced.' : 'a follow-up meeting was agreed.'}`,
    start: isoDay(startMs),
    ...(span ? { end: isoDay(startMs + span * DAY) } : {}),
    precision,
    ...(precision !== 'day' ? { dateNote: `Reported only as "this ${precision}".` } : {}),
    category,
    countries: random.sample(COUNTRIES, random.pick([1, 1, 2, 2, 2, 3, 3, 4, 5])).map((c) => c) ,
    actors: eventActors.map((a) => a.id),
    ...(random.chance(0.7) ? { location: place } : {}),
    quotes: speaker && random.chance(0.15) ? [{ text: `We will keep working on ${random.pick(TOPICS)}.`, speaker: speaker.id, source: cite(random, sources) }] : [],
    sources: Array.from({ length: random.int(1, 3) }, () => cite(random, sources)),
    disputes: random.chance(0.04)
      ? [{ claim: 'The date was reported differently.', note: 'Another outlet gives a later day.', sources: [cite(random, sources)] }]
      : [],
  }
}

/**
 * Gives every event with a location a point, as an ACLED export has: its location becomes one of
 * many sites scattered round the named place (a site is one point, as the dataset requires), a few
 * events to a site. Drawn from a stream of its own, so every other field is as it was before places.
 */
function addPlaces(events: TimelineEvent[], seed: number): TimelineEvent[] {
  const random = createRandom(seed ^ 0x5eed_9a7e)
  const sitesPerPlace = Math.max(1, Math.round(events.length / PLACES.length / 4))
  const sites = new Map<string, { lat: number; lon: number }>()
  return events.map((event) => {
    if (event.location === undefined) return event
    const site = `${event.location} · site ${random.int(1, sitesPerPlace)}`
    let point = sites.get(site)
    if (!point) {
      const [lat, lon] = centreOf(event.location)
      point = { lat: Math.round((lat + random.normal() * 2) * 1e4) / 1e4, lon: Math.round((lon + random.normal() * 3) * 1e4) / 1e4 }
      sites.set(site, point)
    }
    return { ...event, location: site, place: { ...point, precision: 'city', gazetteer: { name: site, id: `generated:${site}` } } }
  })
}

/** A valid dataset in the app's format, identical for the same size and seed. */
export function generateDataset(events: number, seed: number): Generated {
  const random = createRandom(seed)
  const actors = makeActors(random, Math.max(10, Math.min(200, Math.round(events / 40))))
  const sources = makeSources(random, Math.max(20, Math.min(2000, Math.round(events / 20))))
  const days = (LAST_DAY - FIRST_DAY) / DAY
  const bursts = Array.from({ length: 40 }, () => random.int(0, days))
  const list = addPlaces(Array.from({ length: events }, (_, i) => makeEvent(random, i, bursts, actors, sources)), seed)
  const dataset: Dataset = {
    formatVersion: FORMAT_VERSION,
    categories: [...DEFAULT_CATEGORIES],
    eras: [],
    meta: {
      title: `Generated benchmark dataset (${events} events, seed ${seed})`,
      description: 'Synthetic events for measuring the timeline at scale. Not news.',
      version: '1.0.0',
      updated: '2025-12-31',
      licence: 'CC0: generated data.',
      method: 'scripts/generate-dataset.ts with a seeded PRNG.',
    },
    sources,
    actors,
    events: list,
  }
  return { dataset, stats: { events: list.length, actors: actors.length, sources: sources.length } }
}
