import { describe, expect, it } from 'vitest'
import { exportFileName } from './export-file-name'

describe('exportFileName', () => {
  it('joins the title slug and the local date', () => {
    const date = new Date(2025, 2, 27, 23, 30)
    expect(exportFileName('Coalition of the willing, March 2025', date, 'csv')).toBe('coalition-of-the-willing-march-2025-2025-03-27.csv')
    expect(exportFileName('Élysée talks', date, 'ics')).toBe('elysee-talks-2025-03-27.ics')
  })

  it('falls back when the title has no Latin letters', () => {
    expect(exportFileName('Хронологія', new Date(2026, 10, 28), 'json')).toBe('timeline-2026-11-28.json')
  })
})
