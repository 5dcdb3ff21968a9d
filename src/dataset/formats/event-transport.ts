import type { Citation, Dispute, Place, Quote, TimelineEvent } from '../schema'

/**
 * How the import worker hands events to the page. Sent as objects, every event arrives as a dozen
 * or more young objects, which the page unpacks in one go and V8 then copies in its scavenges; at
 * 305,000 events that held the page for 2.2–2.5 s in all. Sent as new strings end to end plus a
 * tape of numbers, the page's share fell to 0.84–0.95 s, and its scavenges from 830 to 310–340 ms.
 * A string crosses once per import: an actor's id, a date or a country code is sent the first
 * time it occurs and referred to by number after that.
 */
export type PackedEvents = {
  count: number
  /** The strings first seen in this chunk, end to end; `ends` says where each one stops. */
  text: string
  ends: Uint32Array
  /** Everything else, in the order the unpacker reads it: string numbers, counts and integers; -1 is absent. */
  tape: Int32Array
  coordinates: Float64Array
}

const ABSENT = -1

/** The worker's side: numbers the strings of one import as they first occur. */
export function eventPacker(): (events: readonly TimelineEvent[]) => PackedEvents {
  const numbers = new Map<string, number>()
  return (events) => {
    const fresh: string[] = []
    const ends: number[] = []
    const tape: number[] = []
    const coordinates: number[] = []
    let length = 0
    const string = (value: string) => {
      let number = numbers.get(value)
      if (number === undefined) {
        number = numbers.size
        numbers.set(value, number)
        fresh.push(value)
        length += value.length
        ends.push(length)
      }
      tape.push(number)
    }
    const optional = (value: string | undefined) => (value === undefined ? tape.push(ABSENT) : string(value))
    const strings = (values: readonly string[]) => {
      tape.push(values.length)
      for (const value of values) string(value)
    }
    const citation = (value: Citation) => {
      string(value.source)
      tape.push(value.paragraphs?.length ?? ABSENT)
      for (const paragraph of value.paragraphs ?? []) tape.push(paragraph)
      optional(value.note)
    }
    const citations = (values: readonly Citation[]) => {
      tape.push(values.length)
      for (const value of values) citation(value)
    }
    const place = (value: Place | undefined) => {
      if (value === undefined) return tape.push(ABSENT)
      tape.push(value.gazetteer === undefined ? 0 : 1)
      coordinates.push(value.lat, value.lon)
      string(value.precision)
      if (value.gazetteer === undefined) return
      string(value.gazetteer.name)
      string(value.gazetteer.id)
      optional(value.gazetteer.url)
    }
    for (const event of events) {
      string(event.id)
      string(event.title)
      optional(event.shortTitle)
      string(event.summary)
      string(event.start)
      optional(event.end)
      string(event.precision)
      optional(event.dateNote)
      string(event.category)
      optional(event.subcategory)
      strings(event.countries)
      strings(event.actors)
      optional(event.location)
      place(event.place)
      tape.push(event.quotes.length)
      for (const quote of event.quotes) {
        string(quote.text)
        string(quote.speaker)
        citation(quote.source)
      }
      citations(event.sources)
      tape.push(event.disputes.length)
      for (const dispute of event.disputes) {
        string(dispute.claim)
        string(dispute.note)
        citations(dispute.sources)
      }
      tape.push(event.fatalities ?? ABSENT)
    }
    return { count: events.length, text: fresh.join(''), ends: Uint32Array.from(ends), tape: Int32Array.from(tape), coordinates: Float64Array.from(coordinates) }
  }
}

/**
 * An import's events as messages of `size` events each, for the page to unpack one at a time. Each
 * message's strings are sent ahead, in one text of at least `textChars` characters with the first
 * message of its batch: a string that long lands in V8's large-object space, which a scavenge never
 * copies. Sent with their own 400 events (57,000–122,000 characters), the texts were young and all
 * alive: at 305,000 events the page's scavenges took 550–820 ms an open, up to 187 ms each. Sent
 * ahead in texts of 256 K characters, 360–610 ms an open, and the longest in 5 of 6 opens 80–125 ms.
 */
export function* packedMessages(events: readonly TimelineEvent[], size: number, textChars: number): Generator<PackedEvents> {
  const pack = eventPacker()
  let batch: PackedEvents[] = []
  let chars = 0
  function* flush() {
    const [first, ...rest] = batch
    if (!first) return
    let offset = 0
    const ends: number[] = []
    for (const packed of batch) {
      for (const end of packed.ends) ends.push(offset + end)
      offset += packed.text.length
    }
    yield { ...first, text: batch.map((packed) => packed.text).join(''), ends: Uint32Array.from(ends) }
    for (const packed of rest) yield { ...packed, text: '', ends: new Uint32Array(0) }
    batch = []
    chars = 0
  }
  for (let i = 0; i < events.length; i += size) {
    const packed = pack(events.slice(i, i + size))
    batch.push(packed)
    chars += packed.text.length
    if (chars >= textChars) yield* flush()
  }
  yield* flush()
}

/**
 * The page's side, for one import: the chunks must arrive in the order they were packed.
 */
export function eventUnpacker(): (packed: PackedEvents) => TimelineEvent[] {
  const known: string[] = []
  return ({ count, text, ends, tape, coordinates }) => {
    const fresh = new Array<string>(ends.length)
    let start = 0
    for (let i = 0; i < ends.length; i++) {
      const end = ends[i] as number
      fresh[i] = text.slice(start, end)
      start = end
    }
    for (const value of oldGeneration(fresh)) known.push(value)
    let at = 0
    let coordinate = 0
    // The tape is the packer's own output, so its numbers are in range; the fallbacks only satisfy the types.
    const next = () => tape[at++] ?? ABSENT
    const length = () => Math.max(0, next())
    const string = () => known[next()] ?? ''
    const optional = () => {
      const number = next()
      return number === ABSENT ? undefined : (known[number] ?? '')
    }
    const strings = () => list(length(), string)
    const number = () => {
      const value = next()
      return value === ABSENT ? undefined : value
    }
    const paragraphs = () => {
      const size = next()
      return size === ABSENT ? undefined : list(size, next)
    }
    const citation = (): Citation => ({ source: string(), paragraphs: paragraphs(), note: optional() })
    const citations = () => list(length(), citation)
    const place = (): Place | undefined => {
      const gazetteer = next()
      if (gazetteer === ABSENT) return undefined
      return {
        lat: coordinates[coordinate++] ?? 0,
        lon: coordinates[coordinate++] ?? 0,
        precision: string() as Place['precision'],
        gazetteer: gazetteer === 0 ? undefined : { name: string(), id: string(), url: optional() },
      }
    }
    const quote = (): Quote => ({ text: string(), speaker: string(), source: citation() })
    const dispute = (): Dispute => ({ claim: string(), note: string(), sources: citations() })
    const events = new Array<TimelineEvent>(count)
    for (let i = 0; i < count; i++) {
      // One literal with every key in the schema's order, an absent one as undefined: V8 keeps all of
      // them inside the object, and JSON (the export) leaves undefined out, so the bytes match the file's.
      const event: TimelineEvent = {
        id: string(),
        title: string(),
        shortTitle: optional(),
        summary: string(),
        start: string(),
        end: optional(),
        precision: string() as TimelineEvent['precision'],
        dateNote: optional(),
        category: string(),
        subcategory: optional(),
        countries: strings(),
        actors: strings(),
        location: optional(),
        place: place(),
        quotes: list(length(), quote),
        sources: citations(),
        disputes: list(length(), dispute),
        fatalities: number(),
      }
      events[i] = event
    }
    return events
  }
}

/** Every empty list an import's events have: one array, frozen, so that nothing can fill it for all. */
const EMPTY: readonly never[] = Object.freeze([])

/**
 * `size` items, made as array literals: V8 allocates an array literal in the old generation once it
 * sees that those it made all survive, and `new Array(size)` young every time, which left each
 * unpacked event holding four young arrays for the next scavenge to visit.
 */
function list<T>(size: number, item: () => T): T[] {
  switch (size) {
    case 0:
      return EMPTY as never[]
    case 1:
      return [item()]
    case 2:
      return [item(), item()]
    case 3:
      return [item(), item(), item()]
    default: {
      const values = [item(), item(), item(), item()]
      for (let i = 4; i < size; i++) values.push(item())
      return values
    }
  }
}

/**
 * Strings left as they are. Object.keys lists array indices apart, in numeric order. V8 hashes a
 * string of over 16,383 characters by its length alone, so many long ones of one length would make
 * the table quadratic; a shorter cap keeps each insertion's comparisons cheap.
 */
const ARRAY_INDEX = /^(?:0|[1-9]\d{0,9})$/
const MAX_KEYED_CHARS = 1000
const staysAsItIs = (value: string) => value.length > MAX_KEYED_CHARS || (ARRAY_INDEX.test(value) && Number(value) < 2 ** 32 - 1)

/**
 * The same strings, as copies V8 keeps in its old generation. A slice is born young, and the events
 * holding it are not (V8 pretenures them): every young string an event holds is then visited by the
 * next scavenge, which at the size limit held the page 70–160 ms at a time. A property key is
 * internalized, and V8 internalizes a young string by copying it into the old generation.
 */
export function oldGeneration(strings: readonly string[]): readonly string[] {
  const table: Record<string, 0> = Object.create(null) as Record<string, 0>
  let keyed = 0
  for (const value of strings) {
    if (staysAsItIs(value)) continue
    table[value] = 0
    keyed++
  }
  const keys = Object.keys(table)
  // Each import numbers a string once, so none repeats; if one did, the slices are still right.
  if (keys.length !== keyed) return strings
  let next = 0
  return keyed === strings.length ? keys : strings.map((value) => (staysAsItIs(value) ? value : (keys[next++] as string)))
}
