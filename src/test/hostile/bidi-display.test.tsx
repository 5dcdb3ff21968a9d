import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DatasetHeader } from '../../app/dataset-header'
import { DatasetTitle } from '../../app/dataset-title'
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

  it('isolate the dataset’s title and description in the page heading and the introduction', async () => {
    const dataset = validSample()
    dataset.meta.title = `Sample${RLO}`
    dataset.meta.description = `A test dataset${RLO}. It has two events.`
    renderWithDataset(
      <>
        <DatasetTitle className="" />
        <DatasetHeader />
      </>,
      dataset,
    )
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(heading.querySelector('bdi')?.textContent).toBe(`Sample${RLO}`)
    const intro = screen.getByRole('region', { name: 'Introduction' })
    // Every run of dataset text is inside its own <bdi>; the app's words ("2 events", the buttons) are not.
    const isolated = [...intro.querySelectorAll('bdi')].map((bdi) => bdi.textContent)
    expect(isolated).toEqual([`Sample${RLO}`, `A test dataset${RLO}.`])
    expect(intro.querySelector('bdi')?.closest('h2')).not.toBeNull()
    expect(screen.getByText(/2 events/).closest('bdi')).toBeNull()
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
