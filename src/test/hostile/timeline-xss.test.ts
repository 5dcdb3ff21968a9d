import { describe, expect, it } from 'vitest'
import { TIMELINE_OPTIONS } from '../../features/timeline/timeline-options'
import type { VisItem } from '../../features/timeline/to-vis-items'

const PAYLOAD = '<img data-pwn src=x onerror="alert(1)">'

describe('timeline rendering of hostile text', () => {
  it("keeps vis-timeline's own XSS filter on", () => {
    expect(TIMELINE_OPTIONS.xss?.disabled ?? false).toBe(false)
  })

  it('builds item labels as text nodes, never as markup', () => {
    const item: VisItem = {
      id: 'x',
      eventId: 'x',
      group: 'summit',
      start: new Date(0),
      type: 'point',
      className: '',
      style: '',
      content: PAYLOAD,
      label: `${PAYLOAD}, 27 Mar 2025`,
    }
    const template = TIMELINE_OPTIONS.template as (item: VisItem) => HTMLElement
    const element = template(item)
    expect(element.textContent).toBe(PAYLOAD)
    expect(element.querySelector('[data-pwn]')).toBeNull()
    expect(element.title).toBe(`${PAYLOAD}, 27 Mar 2025`)
    expect(element.getAttribute('aria-label')).toBe(`${PAYLOAD}, 27 Mar 2025`)
  })
})
