/** How often a pan in progress may swap in new items. */
export const REFRESH_MS = 120
/** Quiet time after the last wheel zoom step before markers are re-bucketed. */
export const ZOOM_SETTLE_MS = 180

/**
 * Decides when the items handed to vis are recomputed as its window moves: throttled while the reader
 * drags (every frame would be wasted work), debounced while they zoom (re-bucketing replaces every
 * marker, so it waits until the wheel stops), and at once when a move ends. Pure: no vis, no DOM.
 */
export class RangeScheduler {
  private pending: ReturnType<typeof setTimeout> | null = null
  private lastSpan = Number.NaN
  private zooming = false

  constructor(private readonly report: () => void) {}

  /** vis 'rangechange': each frame of a drag, each wheel step. `span` is the window's length in ms. */
  rangeChange(span: number): void {
    this.zooming = Math.abs(span - this.lastSpan) > span * 1e-9
    this.lastSpan = span
    if (this.zooming) {
      this.cancel()
      this.pending = setTimeout(this.fire, ZOOM_SETTLE_MS)
    } else if (this.pending === null) {
      this.pending = setTimeout(this.fire, REFRESH_MS)
    }
  }

  /** vis 'rangechanged': a move ended. vis ends each wheel step with it too; those wait for the debounce. */
  rangeChanged(byUser: boolean): void {
    if (byUser && this.zooming) return
    this.cancel()
    this.fire()
  }

  /** vis drew for the first time: report once the window effect has moved it to its target. */
  firstDraw(): void {
    if (this.pending === null) this.pending = setTimeout(this.fire, REFRESH_MS)
  }

  dispose(): void {
    this.cancel()
  }

  private cancel(): void {
    if (this.pending !== null) clearTimeout(this.pending)
    this.pending = null
  }

  private readonly fire = (): void => {
    this.pending = null
    this.report()
  }
}
