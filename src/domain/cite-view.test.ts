import { describe, expect, it } from 'vitest'
import { citeView } from './cite-view'

const meta = { title: 'Coalition of the willing, March 2025', version: '1.0.0' }
const url = 'https://timeline.example/?country=FR&event=paris-summit'

describe('citeView', () => {
  it('names the dataset, its version, the app, the access date and the view', () => {
    expect(citeView(meta, url, new Date(2026, 10, 28, 9, 0))).toBe(
      `Coalition of the willing, March 2025 (version 1.0.0). Coalition Timeline. Accessed 28 November 2026. ${url}`,
    )
  })

  it('uses the reader’s local day, even just before midnight', () => {
    expect(citeView(meta, url, new Date(2026, 0, 1, 23, 59))).toContain('Accessed 1 January 2026.')
  })

  it('does not double a full stop at the end of a title', () => {
    expect(citeView({ title: 'Ceasefire talks. ', version: '2.1.0' }, url, new Date(2026, 10, 28))).toMatch(/^Ceasefire talks \(version 2\.1\.0\)\. /)
  })
})
