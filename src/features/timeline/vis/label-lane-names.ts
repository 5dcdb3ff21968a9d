/** The lane names scroll with the lanes: keyboard users must be able to reach and scroll them. */
export function labelLaneNames(container: HTMLElement): void {
  const laneNames = container.querySelector('.vis-panel.vis-left')
  laneNames?.setAttribute('tabindex', '0')
  laneNames?.setAttribute('role', 'group')
  laneNames?.setAttribute('aria-label', 'Lane names')
}

/** Width assumed before vis has laid itself out. */
export const DEFAULT_WIDTH = 1000

/** The width of the items panel, where time is drawn. */
export function centreWidth(container: HTMLElement): number {
  return container.querySelector('.vis-panel.vis-center')?.clientWidth || container.clientWidth || DEFAULT_WIDTH
}
