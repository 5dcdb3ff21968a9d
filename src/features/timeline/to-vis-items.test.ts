import { describe, expect, it } from 'vitest'
import { validateDataset } from '../../dataset/validate'
import { sampleDataset } from '../../test/sample-dataset'
import { categoryLanes } from './lanes'

function events() {
  const result = validateDataset(sampleDataset())
  if (!result.ok) throw new Error('sample dataset is invalid')
  return result.data.events
}

describe('categoryLanes', () => {
  it('puts each event in its category lane, lanes in category order', () => {
    const { groups, items } = categoryLanes(events())
    expect(groups.map((g) => g.content)).toEqual(['Summits', 'Military'])
    expect(items.map((i) => [i.eventId, i.group])).toEqual([
      ['paris-summit', 'summit'],
      ['chiefs-meet', 'military'],
    ])
  })

  it('draws a single day as a point and a week as a faint range over the week', () => {
    const [day, week] = categoryLanes(events()).items
    expect(day).toMatchObject({ type: 'point', className: 'cat-summit precision-day' })
    expect(day!.end).toBeUndefined()
    expect(week).toMatchObject({ type: 'range', className: 'cat-military precision-week disputed' })
    expect(week!.start.toISOString()).toBe('2025-03-24T00:00:00.000Z')
    expect(week!.end!.toISOString()).toBe('2025-03-31T00:00:00.000Z')
  })

  it('gives each item an accessible label with its date and dispute', () => {
    const [day, week] = categoryLanes(events()).items
    expect(day!.label).toBe('Paris summit, 27 Mar 2025')
    expect(week!.label).toBe('Chiefs meet, week of 24 Mar 2025, disputed')
  })
})
