import { describe, expect, it } from 'vitest'
import { datasetDateBounds } from './date-bounds'

describe('datasetDateBounds', () => {
  it('bounds the dataset by the days its events may occupy', () => {
    const events = [
      { start: '2025-03-24', precision: 'week' as const },
      { start: '2025-03-02', precision: 'day' as const },
    ]
    expect(datasetDateBounds(events)).toEqual({ min: '2025-03-02', max: '2025-03-30' })
    expect(datasetDateBounds([])).toBeNull()
  })
})
