import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DatasetError } from '../../dataset/problems'
import { EventList } from '../../features/event-list/event-list'
import { parseView } from '../../state/url-codec'
import { renderWithDataset, validSample } from '../render-with-dataset'

const RLO = '\u202E'

describe('bidirectional controls beside the app’s own words', () => {
  it('isolate each event title in the list', () => {
    const dataset = validSample()
    dataset.events[0]!.title = `${RLO}Paris summit`
    renderWithDataset(<EventList />, dataset)
    const title = screen.getByRole('button', { name: `${RLO}Paris summit` })
    expect(title.querySelector('bdi')?.textContent).toBe(`${RLO}Paris summit`)
  })

  it('are written as escapes in problems, so a quoted key cannot mirror the message', () => {
    const error = new DatasetError(`Unknown field "${RLO}x"`, [{ path: `$["${RLO}x"]`, message: `Unknown field "${RLO}x"; ignored` }])
    expect(error.message).toBe('Unknown field "\\u202ex"')
    expect(error.problems[0]).toEqual({ path: '$["\\u202ex"]', message: 'Unknown field "\\u202ex"; ignored' })
  })

  it('are written as escapes in the notes about a link', () => {
    const { ignored } = parseView(`e=${encodeURIComponent(`${RLO}evil`)}`)
    expect(ignored).toEqual(['event "\\u202eevil" is not a valid id'])
  })
})
