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
 * Pinned items (e.g. the selection) always stay items and are not counted in their cluster.
 */
export function bucketLane(
  starts: readonly number[],
  lo: number,
  hi: number,
  bucketMs: number,
  pinned: (index: number) => boolean = () => false,
): LaneSegment[] {
  const segments: LaneSegment[] = []
  let i = lo
  const bucketOf = (index: number) => Math.floor((starts[index] ?? 0) / bucketMs)
  while (i < hi) {
    const bucket = bucketOf(i)
    let j = i
    const members: number[] = []
    while (j < hi && bucketOf(j) === bucket) {
      if (pinned(j)) segments.push({ kind: 'item', index: j })
      else members.push(j)
      j++
    }
    const [first] = members
    const last = members.at(-1)
    if (first !== undefined && last !== undefined) {
      segments.push(members.length === 1 ? { kind: 'item', index: first } : { kind: 'cluster', bucket, first, last, count: members.length })
    }
    i = j
  }
  return segments
}
