import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_QUOTED } from '../../state/param-kinds'
import { MAX_NOTES, parseView } from '../../state/url-codec'

/** Links from strangers, as a property: any query parses, briefly, and leaves no trace on Object. */
const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype', '__proto__[polluted]', 'constructor[prototype][polluted]', 'e', 'q', 'c', 't')
const hostileValue = fc.oneof(
  fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', '%00%0A', '%E0%A4%A', '\u202E', 'polluted'),
  fc.string({ unit: 'grapheme', maxLength: 2_000 }),
)
const query = fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 40 }).map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'))

describe('parseView on hostile links', () => {
  it('never throws, keeps its notes short, and never touches Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort()
    fc.assert(
      fc.property(query, (search) => {
        const { ignored } = parseView(search)
        expect(ignored.length).toBeLessThanOrEqual(MAX_NOTES + 1)
        // A note quotes at most one clipped value (plus the ellipsis and quotes) beside its own short words.
        for (const note of ignored) expect(note.length).toBeLessThan(MAX_QUOTED * 2 + 100)
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before)
        expect('polluted' in {}).toBe(false)
      }),
      { numRuns: 150 },
    )
  })
})
