import { test as base } from '@playwright/test'
import { detail, detailHeading, results, selectedTimelineEvents, timeline, timelineEvents } from './locators'

/** The shared locators, bound to the test's page: `app.results`, `app.timelineEvents`… */
export type App = {
  results: ReturnType<typeof results>
  timeline: ReturnType<typeof timeline>
  timelineEvents: ReturnType<typeof timelineEvents>
  selectedTimelineEvents: ReturnType<typeof selectedTimelineEvents>
  detail: ReturnType<typeof detail>
  detailHeading: ReturnType<typeof detailHeading>
}

export const test = base.extend<{ app: App }>({
  app: async ({ page }, provide) => {
    await provide({
      results: results(page),
      timeline: timeline(page),
      timelineEvents: timelineEvents(page),
      selectedTimelineEvents: selectedTimelineEvents(page),
      detail: detail(page),
      detailHeading: detailHeading(page),
    })
  },
})

export { expect } from '@playwright/test'
