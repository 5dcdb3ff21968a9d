import { describe, expect, it } from 'vitest'
import { mapCommand, PAN_STEP } from './map-keys'

const key = (k: string, mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) =>
  mapCommand({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods })

describe('mapCommand', () => {
  it('pans with the arrows and zooms with + and −', () => {
    expect(key('ArrowLeft')).toEqual({ pan: [-PAN_STEP, 0] })
    expect(key('ArrowDown')).toEqual({ pan: [0, PAN_STEP] })
    expect(key('+')).toEqual({ zoom: 'in' })
    expect(key('=')).toEqual({ zoom: 'in' })
    expect(key('-')).toEqual({ zoom: 'out' })
  })

  it('leaves other keys and browser shortcuts alone', () => {
    expect(key('a')).toBeNull()
    expect(key('Enter')).toBeNull()
    expect(key('+', { ctrlKey: true })).toBeNull()
    expect(key('ArrowLeft', { altKey: true })).toBeNull()
  })
})
