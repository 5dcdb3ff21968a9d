import { describe, expect, it, vi } from 'vitest'
import { DataSet } from 'vis-data/esnext'
import { syncDataSet } from './sync-data-set'

type Item = { id: string; label: string; start: Date }

const item = (id: string, label = id, day = 1): Item => ({ id, label, start: new Date(Date.UTC(2025, 2, day)) })

describe('syncDataSet', () => {
  it('adds, updates and removes so the set equals the new items', () => {
    const set = new DataSet<Item, 'id'>([item('a'), item('b'), item('c')])
    syncDataSet(set, [item('a'), item('b', 'B'), item('d')])
    expect(set.get().map((i) => [i.id, i.label])).toEqual([
      ['a', 'a'],
      ['b', 'B'],
      ['d', 'd'],
    ])
  })

  it('leaves unchanged items alone so vis does not redraw them', () => {
    const set = new DataSet<Item, 'id'>([item('a'), item('b')])
    const onUpdate = vi.fn()
    set.on('update', onUpdate)
    syncDataSet(set, [item('a'), item('b', 'b', 2)])
    expect(onUpdate).toHaveBeenCalledTimes(1)
    expect(onUpdate.mock.calls[0]![1].items).toEqual(['b'])
  })
})
