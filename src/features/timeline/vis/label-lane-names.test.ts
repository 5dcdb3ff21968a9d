import { describe, expect, it } from 'vitest'
import { labelLaneNames } from './label-lane-names'

describe('labelLaneNames', () => {
  it('makes the lane-name column a labelled tab stop', () => {
    const container = document.createElement('div')
    container.innerHTML = '<div class="vis-panel vis-left"></div><div class="vis-panel vis-center"></div>'
    labelLaneNames(container)
    const names = container.querySelector('.vis-left')
    expect(names?.getAttribute('tabindex')).toBe('0')
    expect(names?.getAttribute('role')).toBe('group')
    expect(names?.getAttribute('aria-label')).toBe('Lane names')
  })
})
