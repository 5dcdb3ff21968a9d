import { describe, expect, it } from 'vitest'
import type { Actor, Quote, TimelineEvent } from '../dataset/schema'
import { buildSearchText, filterEvents } from './filter-events'
import { buildFilterIndex } from './filter-index'
import { NO_FILTERS, type Filters } from './filters'
import { makeEvent } from '../test/make-event'


function makeActor(id: string, name: string): Actor {
  return { id, name, role: 'Leader' }
}

function makeQuote(speaker: string, text: string): Quote {
  return { text, speaker, source: { source: 's' } }
}

const actorsById = new Map(
  [
    makeActor('macron', 'Emmanuel Macron'),
    makeActor('starmer', 'Keir Starmer'),
    makeActor('zelensky', 'Volodymyr Zelenskyy'),
    makeActor('scholz', 'Olaf Scholz'),
  ].map((a) => [a.id, a]),
)

const EVENTS: TimelineEvent[] = [
  makeEvent('elysee', {
    title: 'Meeting at the Élysée',
    summary: 'Leaders gather.',
    start: '2025-03-10',
    countries: ['FR', 'GB'],
    actors: ['macron', 'starmer'],
    location: 'Palais de l’Élysée, Paris',
  }),
  makeEvent('kyiv-call', {
    title: 'Phone call',
    start: '2025-03-14',
    end: '2025-03-15',
    category: 'statement',
    countries: ['UA', 'GB'],
    actors: ['starmer'],
    quotes: [makeQuote('zelensky', 'We need security guarantees')],
  }),
  makeEvent('chiefs-week', {
    title: 'Military chiefs meet',
    start: '2025-03-24',
    precision: 'week',
    category: 'military',
    countries: ['GB'],
  }),
  makeEvent('april-sanctions', {
    title: 'New sanctions',
    start: '2025-04-01',
    precision: 'month',
    category: 'sanctions',
    countries: ['DE'],
    actors: ['scholz'],
  }),
]

const indexOf = (events: readonly TimelineEvent[]) => buildFilterIndex(events, (e) => buildSearchText(e, actorsById))
const index = indexOf(EVENTS)

function ids(filters: Partial<Filters>): string[] {
  return filterEvents(index, { ...NO_FILTERS, ...filters }).map((e) => e.id)
}

describe('filterEvents', () => {
  it.each<[string, Partial<Filters>, string[]]>([
    ['empty filters return everything', {}, ['elysee', 'kyiv-call', 'chiefs-week', 'april-sanctions']],
    ['one country matches multi-country events', { countries: ['GB'] }, ['elysee', 'kyiv-call', 'chiefs-week']],
    ['countries OR within the facet', { countries: ['FR', 'DE'] }, ['elysee', 'april-sanctions']],
    ['no overlap with the selection excludes', { countries: ['PL'] }, []],
    ['one actor matches multi-actor events', { actors: ['starmer'] }, ['elysee', 'kyiv-call']],
    ['actors OR within the facet', { actors: ['macron', 'scholz'] }, ['elysee', 'april-sanctions']],
    ['quote speakers are not event actors', { actors: ['zelensky'] }, []],
    ['categories OR within the facet', { categories: ['statement', 'military'] }, ['kyiv-call', 'chiefs-week']],
    ['AND across country and category', { countries: ['GB'], categories: ['summit'] }, ['elysee']],
    ['AND across country and actor', { countries: ['UA'], actors: ['starmer'] }, ['kyiv-call']],
    ['AND across facets can exclude everything', { countries: ['DE'], actors: ['starmer'] }, []],
    ['AND across facets and query', { countries: ['GB'], query: 'chiefs' }, ['chiefs-week']],
  ])('%s', (_name, filters, expected) => {
    expect(ids(filters)).toEqual(expected)
  })
})

describe('filterEvents order', () => {
  it('keeps input order and does not mutate the events', () => {
    const reversed = [...EVENTS].reverse()
    const result = filterEvents(indexOf(reversed), { ...NO_FILTERS, countries: ['GB'] })
    expect(result.map((e) => e.id)).toEqual(['chiefs-week', 'kyiv-call', 'elysee'])
    expect(reversed).toHaveLength(4)
  })
})

describe('filterEvents search', () => {
  it.each<[string, string, string[]]>([
    ['unaccented query finds accented title', 'elysee', ['elysee']],
    ['accented query finds the same', 'ÉLYSÉE', ['elysee']],
    ['case is ignored', 'MACRON', ['elysee']],
    ['actor names are searched', 'keir', ['elysee', 'kyiv-call']],
    ['quote speaker names are searched', 'zelensky', ['kyiv-call']],
    ['quote text is searched', 'security guarantees', ['kyiv-call']],
    ['location is searched', 'palais', ['elysee']],
    ['summary is searched', 'gather', ['elysee']],
    ['every word must occur (AND)', 'starmer phone', ['kyiv-call']],
    ['words may come from different fields in any order', 'paris meeting macron', ['elysee']],
    ['one missing word excludes', 'starmer scholz', []],
    ['words match as substrings', 'sanct', ['april-sanctions']],
    ['extra whitespace is ignored', '  keir   starmer  ', ['elysee', 'kyiv-call']],
    ['blank query is no constraint', '   ', ['elysee', 'kyiv-call', 'chiefs-week', 'april-sanctions']],
    ['no near-miss spelling matching', 'zelenskyyy', []],
  ])('%s: %j', (_name, query, expected) => {
    expect(ids({ query })).toEqual(expected)
  })
})

describe('filterEvents date range', () => {
  it.each<[string, string | null, string | null, string[]]>([
    ['from is inclusive of a day event', '2025-03-10', null, ['elysee', 'kyiv-call', 'chiefs-week', 'april-sanctions']],
    ['from after a day event excludes it', '2025-03-11', null, ['kyiv-call', 'chiefs-week', 'april-sanctions']],
    ['to is inclusive of a day event', null, '2025-03-10', ['elysee']],
    ['to before a day event excludes it', null, '2025-03-09', []],
    ['a multi-day event overlaps from its last day', '2025-03-15', '2025-03-15', ['kyiv-call']],
    ['a week event overlaps a from inside its week', '2025-03-26', '2025-03-26', ['chiefs-week']],
    ['a week event ends before the following Monday', '2025-03-31', '2025-03-31', []],
    ['a week event overlaps a to at its Monday', null, '2025-03-24', ['elysee', 'kyiv-call', 'chiefs-week']],
    ['a month event overlaps a range inside the month', '2025-04-20', '2025-04-22', ['april-sanctions']],
    ['a month event ends with its last day', '2025-04-30', null, ['april-sanctions']],
    ['a month event is gone after its month', '2025-05-01', null, []],
    ['a range between events matches nothing', '2025-03-16', '2025-03-23', []],
    ['an inverted range matches nothing', '2025-04-10', '2025-03-01', []],
    ['an unparseable bound is ignored', 'not-a-date', '2025-03-10', ['elysee']],
  ])('%s', (_name, from, to, expected) => {
    expect(ids({ from, to })).toEqual(expected)
  })

  it('combines dates with facets and query', () => {
    expect(ids({ from: '2025-03-12', countries: ['GB'], query: 'meet' })).toEqual(['chiefs-week'])
  })
})

describe('buildSearchText', () => {
  it('joins normalised title, summary, quotes, actor and speaker names, and location', () => {
    const text = buildSearchText(
      makeEvent('x', {
        title: 'Réunion',
        summary: 'Un  résumé',
        actors: ['macron', 'unknown-actor'],
        quotes: [makeQuote('zelensky', 'Slava')],
        location: 'Élysée',
      }),
      actorsById,
    )
    expect(text).toBe('reunion un resume slava emmanuel macron volodymyr zelenskyy elysee')
  })
})

describe('search texts built ahead in steps', () => {
  it('builds a few texts per step, and a search in between finds what a search on a built index finds', () => {
    const built: string[] = []
    const index = buildFilterIndex(EVENTS, (e) => (built.push(e.id), buildSearchText(e, actorsById)))
    expect(index.warmTexts(2)).toBe(EVENTS.length <= 2)
    expect(built).toEqual(EVENTS.slice(0, 2).map((e) => e.id))
    const search = { ...NO_FILTERS, query: 'macron' }
    expect(filterEvents(index, search)).toEqual(filterEvents(indexOf(EVENTS), search))
    // Each text was built once, the rest when the search needed them.
    expect(built).toEqual(EVENTS.map((e) => e.id))
    expect(index.warmTexts(2)).toBe(true)
    expect(built).toHaveLength(EVENTS.length)
  })
})
