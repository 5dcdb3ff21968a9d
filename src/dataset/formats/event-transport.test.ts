import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { event as eventSchema, PLACE_PRECISIONS, PRECISIONS, type Citation, type TimelineEvent } from '../schema'
import { eventPacker, eventUnpacker, oldGeneration, packedMessages } from './event-transport'

/** Strings the unpacker treats apart (array indices, long ones) and keys an object has of its own. */
const awkward = ['0', '42', '4294967294', '4294967295', '007', '__proto__', 'constructor', 'x'.repeat(1001)]
// Any code units, lone surrogates and the empty string included: the transport must not care.
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('', 'FR', 'actor-1', '2025-03-27', 'summit', ...awkward))
const optional = <T,>(arb: fc.Arbitrary<T>) => ({ arb, optional: true as const })
/**
 * Records whose optional keys are left out, not set to undefined, as zod leaves them. Every key of T
 * must be given, so a field added to the schema fails to compile here until the round trip covers it.
 */
function record<T extends Record<string, unknown>>(fields: { [K in keyof T]-?: fc.Arbitrary<T[K]> | { arb: fc.Arbitrary<NonNullable<T[K]>>; optional: true } }): fc.Arbitrary<T> {
  const arbs: Record<string, fc.Arbitrary<unknown>> = {}
  const requiredKeys: string[] = []
  for (const [key, field] of Object.entries(fields) as [string, fc.Arbitrary<unknown> | { arb: fc.Arbitrary<unknown>; optional: true }][]) {
    if ('optional' in field) arbs[key] = field.arb
    else {
      arbs[key] = field
      requiredKeys.push(key)
    }
  }
  return fc.record(arbs, { requiredKeys, noNullPrototype: true }) as fc.Arbitrary<T>
}

const citation = record<Citation>({ source: text, paragraphs: optional(fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 3 })), note: optional(text) })
const eventArb = record<TimelineEvent>({
  id: text,
  title: text,
  shortTitle: optional(text),
  summary: text,
  start: text,
  end: optional(text),
  precision: fc.constantFrom(...PRECISIONS),
  dateNote: optional(text),
  category: text,
  subcategory: optional(text),
  countries: fc.array(text, { maxLength: 3 }),
  actors: fc.array(text, { maxLength: 3 }),
  location: optional(text),
  place: optional(
    record<NonNullable<TimelineEvent['place']>>({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lon: fc.double({ min: -180, max: 180, noNaN: true }),
      precision: fc.constantFrom(...PLACE_PRECISIONS),
      gazetteer: optional(record<NonNullable<NonNullable<TimelineEvent['place']>['gazetteer']>>({ name: text, id: text, url: optional(text) })),
    }),
  ),
  quotes: fc.array(record<TimelineEvent['quotes'][number]>({ text, speaker: text, source: citation }), { maxLength: 2 }),
  sources: fc.array(citation, { minLength: 1, maxLength: 3 }),
  disputes: fc.array(record<TimelineEvent['disputes'][number]>({ claim: text, note: text, sources: fc.array(citation, { minLength: 1, maxLength: 2 }) }), { maxLength: 2 }),
  fatalities: optional(fc.integer({ min: 0, max: 10_000_000 })),

})

describe('event transport', () => {
  it('gives back the events it was given, chunk after chunk, as the same JSON: keys in order, absent ones left out', () => {
    fc.assert(
      fc.property(fc.array(fc.array(eventArb, { maxLength: 4 }), { minLength: 1, maxLength: 4 }), (chunks) => {
        const pack = eventPacker()
        const unpack = eventUnpacker()
        for (const chunk of chunks) {
          const unpacked = unpack(pack(chunk))
          expect(unpacked).toEqual(chunk)
          unpacked.forEach((event, i) => expect(JSON.stringify(event)).toBe(JSON.stringify(chunk[i])))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('gives back every event from messages whose strings went ahead in batches', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 12 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 80 }), (events, size, textChars) => {
        const unpack = eventUnpacker()
        const messages = [...packedMessages(events, size, textChars)]
        expect(messages.map((message) => message.count)).toEqual(Array.from({ length: Math.ceil(events.length / size) }, (_, i) => Math.min(size, events.length - i * size)))
        expect(messages.flatMap((message) => unpack(message))).toEqual(events)
      }),
      { numRuns: 300 },
    )
  })

  it('sends a batch of messages its strings in the first of them, once they reach the length asked for', () => {
    const event = (id: string) =>
      eventSchema.parse({ id, title: `Title ${id}`, summary: `Summary ${id}.`, start: '2025-03-27', precision: 'day', category: 'summit', countries: [], actors: [], sources: [{ source: 's' }] })
    const events = ['a', 'b', 'c', 'd'].map(event)
    const texts = (textChars: number) => [...packedMessages(events, 1, textChars)].map((message) => message.text)
    expect(texts(Infinity)).toEqual(['aTitle aSummary a.2025-03-27daysummits' + 'bTitle bSummary b.' + 'cTitle cSummary c.' + 'dTitle dSummary d.', '', '', ''])
    // The first event's strings alone reach 30 characters; the next batch needs two events' to.
    expect(texts(30)).toEqual(['aTitle aSummary a.2025-03-27daysummits', 'bTitle bSummary b.cTitle cSummary c.', '', 'dTitle dSummary d.'])
  })

  it('sends a string once per import, however many events repeat it', () => {
    const pack = eventPacker()
    const event = eventSchema.parse({ id: 'a', title: 'Summit in Paris', summary: 'Leaders met.', start: '2025-03-27', precision: 'day', category: 'summit', countries: ['FR'], actors: [], sources: [{ source: 's' }] })
    const first = pack([event, { ...event, id: 'b' }])
    const second = pack([{ ...event, id: 'c' }])
    expect(first.text).toBe('aSummit in ParisLeaders met.2025-03-27daysummitFRsb')
    expect(second.text).toBe('c')
  })

  it('shares one frozen list among events with nothing in it, so none can be filled for all', () => {
    const event = eventSchema.parse({ id: 'a', title: 'T', summary: 'S', start: '2025-03-27', precision: 'day', category: 'summit', countries: [], actors: [], sources: [{ source: 's' }] })
    const [first, second] = eventUnpacker()(eventPacker()([event, { ...event, id: 'b' }]))
    expect(first?.quotes).toBe(second?.disputes)
    expect(() => (first?.actors as string[]).push('someone')).toThrow(TypeError)
  })
})

describe('oldGeneration', () => {
  it('gives back the same strings in the same order, whichever it keys and whichever it leaves', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom(...awkward), fc.nat().map(String))), (strings) => {
        expect(oldGeneration(strings)).toEqual(strings)
      }),
      { numRuns: 500 },
    )
  })

  it('gives back strings that repeat as they are', () => {
    expect(oldGeneration(['b', 'a', 'b', '1'])).toEqual(['b', 'a', 'b', '1'])
  })
})
