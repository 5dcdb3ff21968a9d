import { use } from 'react'
import { markPhase } from '../../dataset/phase-marks'

type TimelineViewModule = typeof import('./timeline-view')

// vis-timeline, vis-data and moment are half the app's script: they are fetched right after the
// first paint, while the dataset is on its way, instead of delaying that paint.
let loaded: TimelineViewModule | null = null
let loading: Promise<TimelineViewModule> | null = null
function loadTimelineView(): Promise<TimelineViewModule> {
  loading ??= import('./timeline-view').then((module) => {
    markPhase('timeline code loaded')
    return (loaded = module)
  })
  return loading
}
globalThis.requestAnimationFrame?.(() => setTimeout(loadTimelineView, 0))

/**
 * The timeline. Until its code is in, this suspends to the same boundary as the dataset, so the
 * workspace still appears all at once, as before; once loaded it renders without suspending.
 */
export function TimelinePanel() {
  const { default: TimelineView } = loaded ?? use(loadTimelineView())
  return <TimelineView />
}
