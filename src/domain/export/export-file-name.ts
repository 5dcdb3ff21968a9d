import { slugify } from '../../dataset/formats/slugify'

export type ExportExtension = 'csv' | 'json' | 'ics'

/** `coalition-of-the-willing-march-2025-2025-03-27.csv`: the dataset title's slug and the (local) date. */
export function exportFileName(datasetTitle: string, date: Date, extension: ExportExtension): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
  return `${slugify(datasetTitle, 80) || 'timeline'}-${day}.${extension}`
}
