import { EventDetailPanel } from '../features/event-detail/event-detail-panel'
import { StoryPanel } from '../features/story/story-panel'
import { TimelinePanel } from '../features/timeline/timeline-panel'
import { useFullAppUrl } from '../state/use-share-url'
import { DatasetBoundary } from './dataset-boundary'
import { IgnoredParamsNotice } from './ignored-params-notice'
import { PanelBoundary } from './panel-boundary'
import { useViewGuards } from './use-view-guards'
import { focusRing } from '../ui/focus-ring'
import { APP_NAME } from '../dataset/app-name'
import { DatasetTitle } from './dataset-title'

function OpenInFullApp() {
  // A string, so the link re-renders only when the view's URL changes.
  const href = useFullAppUrl()
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={`text-sm font-medium text-blue-800 dark:text-blue-300 underline ${focusRing}`}
    >
      Open this view in {APP_NAME} ↗
    </a>
  )
}

function EmbeddedWorkspace() {
  useViewGuards()
  return (
    <div className="flex flex-col gap-3">
      {/* An embed is a link too: what it could not apply is said, not silently dropped. */}
      <IgnoredParamsNotice />
      {/* ?embed=1&story=…: the story with its timeline, nothing else. */}
      <StoryPanel />
      <PanelBoundary name="timeline">
        <TimelinePanel />
      </PanelBoundary>
      <PanelBoundary name="event detail">
        <EventDetailPanel />
      </PanelBoundary>
    </div>
  )
}

/** The timeline without the app's chrome, sized for an iframe, linking back to the full app. */
export function EmbeddedApp() {
  return (
    <main id="main" className="flex min-h-screen flex-col gap-2 bg-white dark:bg-slate-900 p-3 text-slate-900 dark:text-slate-100">
      <div className="flex items-center justify-between gap-2">
        <DatasetTitle className="text-base font-semibold" />
        <OpenInFullApp />
      </div>
      <DatasetBoundary>
        <EmbeddedWorkspace />
      </DatasetBoundary>
    </main>
  )
}
