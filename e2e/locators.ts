import type { Page } from '@playwright/test'

/** The locators every spec needs, found by role and name as a reader or a screen reader would. */

/** "N of M events": the results line, always visible and announced. */
export const results = (page: Page) => page.getByRole('status').filter({ hasText: /\d+ of \d+ events/ })

/** The timeline's events: a labelled group of buttons, one per drawn item. */
export const timeline = (page: Page) => page.getByRole('group', { name: 'Events', exact: true })
export const timelineEvents = (page: Page) => timeline(page).getByRole('button')
/**
 * One event's buttons on the timeline (one per lane it sits in), by its full title: the label shows
 * the short title, the accessible name starts with the full one.
 */
export const timelineEvent = (page: Page, title: string) => timeline(page).getByRole('button', { name: startsWith(`${title}, `) })
/** The timeline's items that say they are selected (every copy of the selected event). */
export const selectedTimelineEvents = (page: Page) => timeline(page).getByRole('button', { pressed: true })

export const detail = (page: Page) => page.getByRole('complementary')
export const detailHeading = (page: Page) => detail(page).getByRole('heading', { level: 2 })

/** A string as a regular expression that matches it literally at the start. */
export const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
