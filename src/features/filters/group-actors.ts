import type { Actor } from '../../dataset/schema'
import { countryName } from '../../domain/countries'
import { normaliseText } from '../../dataset/normalise-text'

export type ActorOption = { id: string; name: string; count: number }
export type ActorGroup = { key: string; heading: string; options: ActorOption[] }

export const INTERNATIONAL = 'International'

/**
 * Actor options grouped by country (country name order, "International" last), narrowed to names
 * containing `needle` accent- and case-insensitively. `entries` keep their order within a group.
 */
export function groupActors(
  entries: readonly (readonly [string, number])[],
  actorsById: ReadonlyMap<string, Actor>,
  needle: string,
): ActorGroup[] {
  const wanted = normaliseText(needle)
  const groups = new Map<string, ActorGroup>()
  for (const [id, count] of entries) {
    const actor = actorsById.get(id)
    const name = actor?.name ?? id
    if (wanted !== '' && !normaliseText(name).includes(wanted)) continue
    const key = actor?.country ?? ''
    const group = groups.get(key) ?? { key, heading: key ? countryName(key) : INTERNATIONAL, options: [] }
    group.options.push({ id, name, count })
    groups.set(key, group)
  }
  return [...groups.values()].sort(
    (a, b) => Number(a.key === '') - Number(b.key === '') || a.heading.localeCompare(b.heading),
  )
}
