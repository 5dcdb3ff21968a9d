import type { Dataset, TimelineEvent } from '../../dataset/schema'
import { exportFileName } from '../../domain/export/export-file-name'
import { eventsToCsv } from '../../domain/export/to-csv'
import { eventsToIcal } from '../../domain/export/to-ical'
import { datasetToJson, filteredDataset } from '../../domain/export/to-json'

export type ExportFormat = 'csv' | 'json' | 'ics'

type ExportInput = { dataset: Dataset; events: readonly TimelineEvent[]; viewUrl: string; now: Date }

export const EXPORTS: Record<ExportFormat, { label: string; type: string; render: (input: ExportInput) => string }> = {
  csv: { label: 'CSV (spreadsheet)', type: 'text/csv;charset=utf-8', render: ({ dataset, events }) => eventsToCsv(dataset, events) },
  json: {
    label: 'JSON (this app’s format)',
    type: 'application/json',
    render: ({ dataset, events, viewUrl }) => datasetToJson(filteredDataset(dataset, events, { viewUrl })),
  },
  ics: { label: 'Calendar (.ics)', type: 'text/calendar;charset=utf-8', render: ({ dataset, events, now }) => eventsToIcal(dataset, events, { now }) },
}

export function exportFile(format: ExportFormat, input: ExportInput): { text: string; fileName: string; type: string } {
  const spec = EXPORTS[format]
  return { text: spec.render(input), fileName: exportFileName(input.dataset.meta.title, input.now, format), type: spec.type }
}
