import { describe, expect, it } from 'vitest'
import type { Actor } from '../../dataset/schema'
import { groupActors } from './group-actors'

const actors: Actor[] = [
  { id: 'a', name: 'Élisabeth Borne', role: 'Minister', country: 'FR' },
  { id: 'b', name: 'Ursula von der Leyen', role: 'President' },
  { id: 'c', name: 'Keir Starmer', role: 'Prime Minister', country: 'GB' },
  { id: 'd', name: 'Emmanuel Macron', role: 'President', country: 'FR' },
]
const byId = new Map(actors.map((a) => [a.id, a]))
const entries: [string, number][] = [['d', 3], ['c', 2], ['b', 1], ['a', 0], ['unknown', 0]]

describe('groupActors', () => {
  it('groups by country name with International last, keeping entry order', () => {
    const groups = groupActors(entries, byId, '')
    expect(groups.map((g) => g.heading)).toEqual(['France', 'United Kingdom', 'International'])
    expect(groups[0]!.options.map((o) => o.name)).toEqual(['Emmanuel Macron', 'Élisabeth Borne'])
    // An id the dataset lacks is shown by its id rather than dropped.
    expect(groups[2]!.options.map((o) => o.name)).toEqual(['Ursula von der Leyen', 'unknown'])
  })

  it('narrows by name, ignoring case and accents', () => {
    expect(groupActors(entries, byId, '  ELISABETH ').flatMap((g) => g.options.map((o) => o.id))).toEqual(['a'])
    expect(groupActors(entries, byId, 'nobody')).toEqual([])
  })
})
