import type { Dataset } from '../dataset/schema'
import { validateDataset } from '../dataset/validate'

/**
 * Someone else's timeline, synthetic: its own categories (one without a colour), no countries, and
 * dates at every precision from a year to a minute, across centuries, with an era.
 */
export function otherDataset(): Dataset {
  const result = validateDataset({
    formatVersion: 2,
    meta: {
      title: 'A harbour town, 1850–2025',
      description: 'Synthetic events for tests.',
      version: '1.0.0',
      updated: '2025-06-01',
      licence: 'CC0',
      method: 'Written for tests.',
    },
    categories: [
      { id: 'building', label: 'Buildings', colour: '#882255' },
      { id: 'festival', label: 'Festivals', description: 'Yearly fairs' },
    ],
    eras: [{ title: 'The railway years', start: '1870-01-01', end: '1965-12-31' }],
    sources: [{ id: 'town-archive', publisher: 'Town archive', title: 'Annals', date: '2025-05-01' }],
    actors: [],
    events: [
      { id: 'harbour-built', title: 'Harbour built', summary: 'The harbour is built.', start: '1850-01-01', precision: 'year', category: 'building', actors: [], sources: [{ source: 'town-archive' }] },
      {
        id: 'first-fair',
        title: 'First fair',
        summary: 'The first fair opens.',
        start: '2025-05-17T10:30+02:00',
        end: '2025-05-17T18:00+02:00',
        precision: 'minute',
        category: 'festival',
        subcategory: 'Street fair',
        fatalities: 0,
        actors: [],
        sources: [{ source: 'town-archive' }],
      },
      { id: 'early-opening', title: 'Early opening', summary: 'A stall opens early.', start: '2025-05-17T07:00Z', precision: 'minute', category: 'festival', actors: [], sources: [{ source: 'town-archive' }] },
    ],
  })
  if (!result.ok) throw new Error(`other dataset invalid: ${JSON.stringify(result.problems)}`)
  return result.data
}
