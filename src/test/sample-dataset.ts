import type { z } from 'zod'
import type { dataset } from '../dataset/schema'

type DatasetInput = z.input<typeof dataset>

/** A small valid dataset; tests clone it and break one thing at a time. */
export function sampleDataset(): DatasetInput {
  return {
    formatVersion: 2,
    meta: {
      title: 'Sample',
      description: 'A test dataset',
      version: '1.0.0',
      updated: '2025-04-01',
      licence: 'CC BY 4.0',
      method: 'Written for tests',
    },
    sources: [
      {
        id: 'article',
        publisher: 'Example News',
        title: 'Leaders meet',
        date: '2025-03-27',
        url: 'https://example.com/leaders-meet',
        paragraphs: ['First paragraph says “hello there”.', 'Second paragraph.'],
      },
      { id: 'wire', publisher: 'Wire', title: 'Other report', date: '2025-03-20' },
    ],
    actors: [
      { id: 'keir-starmer', name: 'Keir Starmer', role: 'Prime Minister', country: 'GB' },
      { id: 'emmanuel-macron', name: 'Emmanuel Macron', role: 'President', country: 'FR' },
    ],
    events: [
      {
        id: 'paris-summit',
        title: 'Paris summit',
        summary: 'Leaders meet in Paris.',
        start: '2025-03-27',
        precision: 'day',
        category: 'summit',
        countries: ['FR', 'GB'],
        actors: ['keir-starmer', 'emmanuel-macron'],
        location: 'Paris',
        quotes: [{ text: 'hello there', speaker: 'keir-starmer', source: { source: 'article', paragraphs: [1] } }],
        sources: [{ source: 'article', paragraphs: [1, 2] }],
      },
      {
        id: 'chiefs-meet',
        title: 'Chiefs meet',
        summary: 'Military chiefs meet this week.',
        start: '2025-03-24',
        precision: 'week',
        category: 'military',
        countries: ['GB', 'FR'],
        actors: [],
        sources: [{ source: 'wire' }],
        disputes: [{ claim: 'They met in London', note: 'Another report says Paris', sources: [{ source: 'wire' }] }],
      },
    ],
  }
}
