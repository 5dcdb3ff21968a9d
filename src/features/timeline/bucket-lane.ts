/** One thing to draw in a lane: an event on its own, or a count standing in for a run of them. */
export type LaneSegment =
  | { kind: 'item'; index: number }
  | { kind: 'cluster'; bucket: number; first: number; last: number; count: number }

const HOUR_MS = 3_600_000

/**
 * Bucket width for a zoom level: at least `minPx` wide on screen, rounded up to a power-of-two
 * number of hours so that panning never moves a boundary and zooming re-buckets only at each
 * doubling.
 */
export function bucketMsFor(msPerPx: number, minPx: number): number {
  const raw = Math.max(msPerPx * minPx, HOUR_MS)
  return HOUR_MS * 2 ** Math.ceil(Math.log2(raw / HOUR_MS))
}

/**
 * Groups a lane's items [lo, hi) by the epoch-aligned bucket their start falls in. A bucket with one
 * item keeps the item; a fuller one becomes a cluster with its count. `starts` must be ascending.
 * The pinned item (e.g. the selection; -1 for none) always stays an item and is not counted in its
 * cluster. Nothing is allocated per item: at 300,000 events every lane is walked on each zoom.
 */
export function bucketLane(starts: ArrayLike<number>, lo: number, hi: number, bucketMs: number, pinned = -1): LaneSegment[] {
  const segments: LaneSegment[] = []
  let i = lo
  while (i < hi) {
    const bucket = Math.floor((starts[i] ?? 0) / bucketMs)
    let j = i + 1
    while (j < hi && Math.floor((starts[j] ?? 0) / bucketMs) === bucket) j++
    const hasPinned = pinned >= i && pinned < j
    if (hasPinned) segments.push({ kind: 'item', index: pinned })
    const first = pinned === i ? i + 1 : i
    const last = pinned === j - 1 ? j - 2 : j - 1
    const count = j - i - Number(hasPinned)
    if (count === 1) segments.push({ kind: 'item', index: first })
    else if (count > 1) segments.push({ kind: 'cluster', bucket, first, last, count })
    i = j
  }
  return segments
}
