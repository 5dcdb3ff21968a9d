import type { DatasetMeta } from '../dataset/schema'
import { stripBidiControls } from '../dataset/bidi'
import { APP_NAME } from '../dataset/app-name'


// The reader's own calendar day: "accessed" is about when they looked, wherever they are.
const accessedFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })

/**
 * A plain-text reference to what the reader is looking at:
 * `Coalition of the willing, March 2025 (version 1.0.0). Coalition Timeline. Accessed 28 November 2026. https://…`
 */
export function citeView(meta: Pick<DatasetMeta, 'title' | 'version'>, viewUrl: string, accessed: Date): string {
  const title = stripBidiControls(meta.title).trim().replace(/[.\s]+$/, '')
  return `${title} (version ${meta.version}). ${APP_NAME}. Accessed ${accessedFormat.format(accessed)}. ${stripBidiControls(viewUrl)}`
}
